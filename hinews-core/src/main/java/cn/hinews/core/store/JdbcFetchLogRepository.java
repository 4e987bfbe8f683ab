package cn.hinews.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcFetchLogRepository implements FetchLogRepository {
  private static final String SUCCESS = "outcome IN ('OK', 'NOT_MODIFIED')";
  private final Connection c;

  JdbcFetchLogRepository(Connection c) {
    this.c = c;
  }

  @Override
  public void record(FetchLog e) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO fetch_log (source_id, url, url_kind, fetched_at, outcome, http_status,"
                + " millis, links_found, new_articles, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.sourceId());
      ps.setString(2, e.url().length() > 2048 ? e.url().substring(0, 2048) : e.url());
      ps.setString(3, e.kind().name());
      ps.setObject(4, e.at().atOffset(ZoneOffset.UTC));
      ps.setString(5, e.outcome().name());
      ps.setInt(6, e.status());
      ps.setLong(7, e.millis());
      ps.setInt(8, e.linksFound());
      ps.setInt(9, e.newArticles());
      ps.setString(10, e.message().length() > 1000 ? e.message().substring(0, 1000) : e.message());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new StoreException("cannot log the fetch of " + e.url() + ": " + ex.getMessage(), ex);
    }
  }

  @Override
  public List<SourceHealth> health(Instant now, int days, Duration silentAfter) {
    OffsetDateTime since = now.minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
    OffsetDateTime quietSince = now.minus(silentAfter).atOffset(ZoneOffset.UTC);
    String sql =
        "SELECT source_id,"
            + " SUM(CASE WHEN fetched_at >= ? THEN 1 ELSE 0 END) AS fetches,"
            + " SUM(CASE WHEN fetched_at >= ? AND NOT "
            + SUCCESS
            + " THEN 1 ELSE 0 END) AS failures,"
            + " MAX(CASE WHEN "
            + SUCCESS
            + " THEN fetched_at END) AS last_success,"
            + " MAX(CASE WHEN new_articles > 0 THEN fetched_at END) AS last_article,"
            + " SUM(CASE WHEN fetched_at >= ? THEN new_articles ELSE 0 END) AS new_articles,"
            + " MIN(fetched_at) AS first_fetch,"
            + " SUM(CASE WHEN fetched_at >= ? AND url_kind = 'ENTRY' AND "
            + SUCCESS
            + " THEN 1 ELSE 0 END) AS quiet_entry_ok"
            + " FROM fetch_log GROUP BY source_id ORDER BY source_id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, since);
      ps.setObject(2, since);
      ps.setObject(3, since);
      ps.setObject(4, quietSince);
      List<SourceHealth> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Optional<Instant> lastArticle = instant(rs, "last_article");
          Instant first = rs.getObject("first_fetch", OffsetDateTime.class).toInstant();
          boolean quiet =
              lastArticle.map(t -> t.isBefore(quietSince.toInstant())).orElse(true)
                  && first.isBefore(quietSince.toInstant());
          boolean silent = quiet && rs.getLong("quiet_entry_ok") > 0;
          out.add(
              new SourceHealth(
                  rs.getString("source_id"),
                  rs.getLong("fetches"),
                  rs.getLong("failures"),
                  instant(rs, "last_success"),
                  lastArticle,
                  rs.getLong("new_articles"),
                  days,
                  silent));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read source health: " + e.getMessage(), e);
    }
  }

  @Override
  public List<FetchLog> recent(String sourceId, int limit) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_id, url, url_kind, fetched_at, outcome, http_status, millis,"
                + " links_found, new_articles, message FROM fetch_log WHERE source_id = ?"
                + " ORDER BY fetched_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
      ps.setString(1, sourceId);
      ps.setInt(2, limit);
      List<FetchLog> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new FetchLog(
                  rs.getString("source_id"),
                  rs.getString("url"),
                  FrontierEntry.Kind.valueOf(rs.getString("url_kind")),
                  rs.getObject("fetched_at", OffsetDateTime.class).toInstant(),
                  CrawlOutcome.valueOf(rs.getString("outcome")),
                  rs.getInt("http_status"),
                  rs.getLong("millis"),
                  rs.getInt("links_found"),
                  rs.getInt("new_articles"),
                  rs.getString("message")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the fetch log of " + sourceId + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
  }
}
