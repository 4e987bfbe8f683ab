package cn.hinews.core.store;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

final class JdbcIssueRepository implements IssueRepository {
  private static final String COLUMNS =
      "id, series_id, issue_no, revision, issue_date, period_from, period_to, status, published_at";
  private final Connection c;

  JdbcIssueRepository(Connection c) {
    this.c = c;
  }

  @Override
  public Optional<Issue> findPublished(String seriesId, int number) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM issue WHERE series_id = ? AND issue_no = ? AND status = ?"
            + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY",
        ps -> {
          ps.setString(1, seriesId);
          ps.setInt(2, number);
          ps.setString(3, IssueStatus.PUBLISHED.name());
        });
  }

  @Override
  public Optional<Issue> find(String seriesId, int number) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM issue WHERE series_id = ? AND issue_no = ? ORDER BY revision DESC"
            + " FETCH FIRST 1 ROWS ONLY",
        ps -> {
          ps.setString(1, seriesId);
          ps.setInt(2, number);
        });
  }

  @Override
  public Optional<Issue> findById(long id) {
    return one("SELECT " + COLUMNS + " FROM issue WHERE id = ?", ps -> ps.setLong(1, id));
  }

  @Override
  public Optional<String> contentHash(long issueId) {
    try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM issue WHERE id = ?")) {
      ps.setLong(1, issueId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read issue " + issueId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Fingerprint> fingerprint(String seriesId, int number) {
    String sql =
        "SELECT content_hash, origin FROM issue WHERE series_id = ? AND issue_no = ?"
            + " ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, seriesId);
      ps.setInt(2, number);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Fingerprint(Optional.ofNullable(rs.getString(1)), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read issue " + seriesId + " " + number + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Issue insert(Issue issue, Optional<String> contentHash, String origin) {
    String sql =
        "INSERT INTO issue (series_id, issue_no, revision, issue_date, period_from, period_to,"
            + " status, published_at, content_hash, origin, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, issue.seriesId());
      ps.setInt(2, issue.number());
      ps.setInt(3, issue.revision());
      ps.setObject(4, issue.issueDate());
      ps.setObject(5, issue.period().from());
      ps.setObject(6, issue.period().to());
      ps.setString(7, issue.status().name());
      ps.setObject(8, issue.publishedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null));
      ps.setString(9, contentHash.orElse(null));
      ps.setString(10, origin);
      ps.setObject(11, OffsetDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
      long id;
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new StoreException("no id came back for issue " + issue.number());
        }
        id = keys.getLong(1);
      }
      insertItems(id, issue.items());
      return new Issue(
          Optional.of(id),
          issue.seriesId(),
          issue.number(),
          issue.revision(),
          issue.issueDate(),
          issue.period(),
          issue.items(),
          issue.status(),
          issue.publishedAt());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store issue " + issue.seriesId() + " " + issue.number() + ": " + e.getMessage(),
          e);
    }
  }

  private void insertItems(long issueId, List<IssueItem> items) throws SQLException {
    String sql =
        "INSERT INTO issue_item (issue_id, pos, article_id, title, outlet, body_edited,"
            + " published_date, frozen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pos = 0;
      for (IssueItem item : items) {
        ps.setLong(1, issueId);
        ps.setInt(2, pos++);
        ps.setLong(3, item.articleId());
        ps.setString(4, item.title().orElse(null));
        ps.setString(5, item.outlet().orElse(null));
        ps.setBoolean(6, item.body().isPresent());
        ps.setObject(7, item.date().orElse(null));
        ps.setBoolean(8, item.frozen());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    int pos = 0;
    for (IssueItem item : items) {
      if (item.body().isPresent()) {
        Blocks.insert(
            c, "issue_item_block", "issue_id, pos", new long[] {issueId, pos}, item.body().get());
      }
      pos++;
    }
  }

  @Override
  public void replaceItems(long issueId, Issue draft) {
    requireDraft(issueId);
    try {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM issue_item WHERE issue_id = ?")) {
        ps.setLong(1, issueId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE issue SET issue_no = ?, issue_date = ?, period_from = ?, period_to = ?"
                  + " WHERE id = ?")) {
        ps.setInt(1, draft.number());
        ps.setObject(2, draft.issueDate());
        ps.setObject(3, draft.period().from());
        ps.setObject(4, draft.period().to());
        ps.setLong(5, issueId);
        ps.executeUpdate();
      }
      insertItems(issueId, draft.items());
    } catch (SQLException e) {
      throw new StoreException("cannot update draft " + issueId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void markPublished(long issueId, Instant at, String contentHash) {
    requireDraft(issueId);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE issue SET status = ?, published_at = ?, content_hash = ? WHERE id = ?"
                + " AND status = ?")) {
      ps.setString(1, IssueStatus.PUBLISHED.name());
      ps.setObject(2, at.atOffset(ZoneOffset.UTC));
      ps.setString(3, contentHash);
      ps.setLong(4, issueId);
      ps.setString(5, IssueStatus.DRAFT.name());
      if (ps.executeUpdate() != 1) {
        throw new StoreException("issue " + issueId + " was published meanwhile");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot publish issue " + issueId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void deleteDraft(long issueId) {
    requireDraft(issueId);
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM issue WHERE id = ? AND status = ?")) {
      ps.setLong(1, issueId);
      ps.setString(2, IssueStatus.DRAFT.name());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot delete draft " + issueId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean lockDraft(long issueId) {
    // a no-op write: it holds the row until the transaction ends, so an edit and a publication
    // of one draft run one after the other, and one that comes after publication finds no draft
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE issue SET status = status WHERE id = ? AND status = ?")) {
      ps.setLong(1, issueId);
      ps.setString(2, IssueStatus.DRAFT.name());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot lock issue " + issueId + ": " + e.getMessage(), e);
    }
  }

  private void requireDraft(long issueId) {
    Issue issue =
        findById(issueId).orElseThrow(() -> new StoreException("no issue with id " + issueId));
    if (issue.status() != IssueStatus.DRAFT || !lockDraft(issueId)) {
      throw new StoreException(
          "issue "
              + issue.seriesId()
              + " "
              + issue.number()
              + " is published and can no longer change; a correction is a new revision");
    }
  }

  @Override
  public OptionalInt lastNumber(String seriesId) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT MAX(issue_no) FROM issue WHERE series_id = ?")) {
      ps.setString(1, seriesId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int n = rs.getInt(1);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(n);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the last number of " + seriesId + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<IssueSummary> list(Optional<String> seriesId) {
    String sql =
        "SELECT i.id, i.series_id, i.issue_no, i.revision, i.issue_date, i.period_from,"
            + " i.period_to, i.status, i.published_at,"
            + " (SELECT COUNT(*) FROM issue_item t WHERE t.issue_id = i.id) AS item_count"
            + " FROM issue i"
            + (seriesId.isPresent() ? " WHERE i.series_id = ?" : "")
            + " ORDER BY i.issue_date DESC, i.series_id, i.issue_no DESC, i.revision DESC";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (seriesId.isPresent()) {
        ps.setString(1, seriesId.get());
      }
      List<IssueSummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new IssueSummary(
                  rs.getLong("id"),
                  rs.getString("series_id"),
                  rs.getInt("issue_no"),
                  rs.getInt("revision"),
                  rs.getObject("issue_date", LocalDate.class),
                  new Period(
                      rs.getObject("period_from", LocalDate.class),
                      rs.getObject("period_to", LocalDate.class)),
                  rs.getInt("item_count"),
                  IssueStatus.valueOf(rs.getString("status")),
                  instant(rs)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list issues: " + e.getMessage(), e);
    }
  }

  private Optional<Issue> one(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      Issue found;
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        found =
            new Issue(
                Optional.of(rs.getLong("id")),
                rs.getString("series_id"),
                rs.getInt("issue_no"),
                rs.getInt("revision"),
                rs.getObject("issue_date", LocalDate.class),
                new Period(
                    rs.getObject("period_from", LocalDate.class),
                    rs.getObject("period_to", LocalDate.class)),
                List.of(),
                IssueStatus.valueOf(rs.getString("status")),
                instant(rs));
      }
      return Optional.of(found.withItems(items(found.id().orElseThrow())));
    } catch (SQLException e) {
      throw new StoreException("cannot read issues: " + e.getMessage(), e);
    }
  }

  private static Optional<Instant> instant(ResultSet rs) throws SQLException {
    OffsetDateTime t = rs.getObject("published_at", OffsetDateTime.class);
    return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
  }

  private List<IssueItem> items(long issueId) throws SQLException {
    List<IssueItem> items = new ArrayList<>();
    List<Boolean> edited = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT article_id, title, outlet, body_edited, published_date, frozen FROM issue_item"
                + " WHERE issue_id = ?"
                + " ORDER BY pos")) {
      ps.setLong(1, issueId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(
              new IssueItem(
                  rs.getLong(1),
                  Optional.ofNullable(rs.getString(2)),
                  Optional.ofNullable(rs.getString(3)),
                  Optional.empty(),
                  Optional.ofNullable(rs.getObject(5, LocalDate.class)),
                  rs.getBoolean(6)));
          edited.add(rs.getBoolean(4));
        }
      }
    }
    List<IssueItem> out = new ArrayList<>(items.size());
    for (int pos = 0; pos < items.size(); pos++) {
      IssueItem item = items.get(pos);
      if (!edited.get(pos)) {
        out.add(item);
        continue;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT block_kind, body_text FROM issue_item_block WHERE issue_id = ? AND pos = ?"
                  + " ORDER BY ord")) {
        ps.setLong(1, issueId);
        ps.setInt(2, pos);
        List<Block> body;
        try (ResultSet rs = ps.executeQuery()) {
          body = Blocks.read(rs);
        }
        out.add(
            new IssueItem(
                item.articleId(),
                item.title(),
                item.outlet(),
                Optional.of(body),
                item.date(),
                item.frozen()));
      }
    }
    return out;
  }
}
