package cn.hinews.core.store;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

final class JdbcArticleRepository implements ArticleRepository {
  private static final String COLUMNS =
      "id, url, title, outlet, source_line, authors, editors, published_at, published_precision,"
          + " published_raw, fetched_at";
  private final Connection c;
  private final AnalysisQueue queue;

  JdbcArticleRepository(Connection c, AnalysisQueue queue) {
    this.c = c;
    this.queue = queue;
  }

  @Override
  public Optional<Integer> revisionOf(long id) {
    try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM article WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the article " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<StoredArticle> findByUrl(String url) {
    return one("SELECT " + COLUMNS + " FROM article WHERE url = ?", ps -> ps.setString(1, url));
  }

  @Override
  public Optional<StoredArticle> findById(long id) {
    return one("SELECT " + COLUMNS + " FROM article WHERE id = ?", ps -> ps.setLong(1, id));
  }

  @Override
  public Map<Long, Article> findByIds(Collection<Long> ids) {
    Map<Long, Article> out = new LinkedHashMap<>();
    for (Long id : ids) {
      findById(id).ifPresent(a -> out.put(a.id(), a.article()));
    }
    return out;
  }

  @Override
  public Map<Long, StoredArticle> heads(Collection<Long> ids) {
    Map<Long, StoredArticle> out = new LinkedHashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += 500) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps =
          c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setLong(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            StoredArticle s = row(rs);
            out.put(s.id(), s);
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read articles: " + e.getMessage(), e);
      }
    }
    return out;
  }

  @Override
  public StoredArticle insert(Article a) {
    return insert(a, null);
  }

  @Override
  public Upserted upsert(Article a, String sourceId, Instant now) {
    String sql = "SELECT id, content_hash, revision, title, fetched_at FROM article WHERE url = ?";
    long id;
    int revision;
    String oldTitle;
    OffsetDateTime oldFetched;
    String oldHash;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a.url());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Upserted(insert(a, sourceId), Change.INSERTED);
        }
        if (rs.getString("content_hash").equals(a.contentHash())) {
          return new Upserted(new StoredArticle(rs.getLong("id"), a), Change.UNCHANGED);
        }
        id = rs.getLong("id");
        oldHash = rs.getString("content_hash");
        revision = rs.getInt("revision");
        oldTitle = rs.getString("title");
        oldFetched = rs.getObject("fetched_at", OffsetDateTime.class);
      }
      List<Block> oldBody = withBody(new StoredArticle(id, a)).article().body();
      try (PreparedStatement keep =
          c.prepareStatement(
              "INSERT INTO article_revision (article_id, revision, title, content_hash, body_gz,"
                  + " fetched_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        keep.setLong(1, id);
        keep.setInt(2, revision);
        keep.setString(3, clip(oldTitle, 1000));
        keep.setString(4, oldHash);
        keep.setBytes(5, Gzip.compress(serialise(oldBody)));
        keep.setObject(6, oldFetched);
        keep.setObject(7, now.atOffset(ZoneOffset.UTC));
        keep.executeUpdate();
      }
      try (PreparedStatement up =
          c.prepareStatement(
              "UPDATE article SET title = ?, outlet = ?, source_line = ?, authors = ?, editors = ?,"
                  + " published_at = ?, published_precision = ?, published_raw = ?, fetched_at = ?,"
                  + " content_hash = ?, revision = ?, updated_at = ? WHERE id = ?")) {
        bindContent(up, 1, a);
        up.setInt(11, revision + 1);
        up.setObject(12, now.atOffset(ZoneOffset.UTC));
        up.setLong(13, id);
        up.executeUpdate();
      }
      try (PreparedStatement del =
          c.prepareStatement("DELETE FROM article_block WHERE article_id = ?")) {
        del.setLong(1, id);
        del.executeUpdate();
      }
      Blocks.insert(c, "article_block", "article_id", new long[] {id}, a.body());
      queue.enqueue(id, revision + 1, QueueReason.REVISED, now);
      return new Upserted(new StoredArticle(id, a), Change.REVISED);
    } catch (SQLException e) {
      throw new StoreException("cannot store the article " + a.url() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The ten content columns in their order (title … content_hash) from parameter {@code first} on:
   * the insert and the revision's update write them alike.
   */
  private static void bindContent(PreparedStatement ps, int first, Article a) throws SQLException {
    int i = first;
    ps.setString(i++, clip(a.title(), 1000));
    ps.setString(i++, clip(a.outlet(), 200));
    ps.setString(i++, clip(a.sourceLine(), 200));
    ps.setString(i++, clip(String.join("\n", a.authors()), 1000));
    ps.setString(i++, clip(String.join("\n", a.editors()), 1000));
    ps.setObject(i++, a.published().map(PublishTime::value).orElse(null));
    ps.setString(i++, a.published().map(p -> p.precision().name()).orElse(null));
    ps.setString(i++, a.published().map(p -> clip(p.raw(), 200)).orElse(null));
    ps.setObject(i++, a.fetchedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null));
    ps.setString(i, a.contentHash());
  }

  /** A text cut to a column's length (a runaway title must not stop the crawl). */
  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Blocks as bytes for the revision table: kind, tab, text; blocks separated by NUL. */
  private static byte[] serialise(List<Block> body) {
    StringBuilder out = new StringBuilder();
    for (Block b : body) {
      out.append(b.kind().name()).append('\t').append(b.text()).append('\0');
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private StoredArticle insert(Article a, String sourceId) {
    String sql =
        "INSERT INTO article (url, title, outlet, source_line, authors, editors, published_at,"
            + " published_precision, published_raw, fetched_at, content_hash, created_at, source_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, a.url());
      bindContent(ps, 2, a);
      ps.setObject(12, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(13, sourceId);
      ps.executeUpdate();
      long id;
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new StoreException("no id came back for the article " + a.url());
        }
        id = keys.getLong(1);
      }
      Blocks.insert(c, "article_block", "article_id", new long[] {id}, a.body());
      queue.enqueue(id, 1, QueueReason.STORED, Instant.now());
      return new StoredArticle(id, a);
    } catch (SQLException e) {
      throw new StoreException("cannot store the article " + a.url() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long countAfter(long afterId) {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article WHERE id > ?")) {
      ps.setLong(1, afterId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e.getMessage(), e);
    }
  }

  @Override
  public long count() {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredArticle> after(long afterId, int limit) {
    return many(
        "SELECT " + COLUMNS + " FROM article WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setLong(1, afterId);
          ps.setInt(2, limit);
        });
  }

  @Override
  public List<StoredArticle> changedSince(Instant since, long afterId, int limit) {
    return many(
        "SELECT "
            + COLUMNS
            + " FROM article WHERE (created_at >= ? OR updated_at >= ? OR id IN (SELECT article_id"
            + " FROM article_analysis WHERE analysed_at >= ?) OR id IN (SELECT article_id"
            + " FROM article_analysis WHERE clustered_at >= ?)) AND id > ?"
            + " ORDER BY id FETCH FIRST ? ROWS ONLY",
        ps -> {
          for (int i = 1; i <= 4; i++) {
            ps.setObject(i, since.atOffset(ZoneOffset.UTC));
          }
          ps.setLong(5, afterId);
          ps.setInt(6, limit);
        });
  }

  @Override
  public List<StoredArticle> latest(int limit) {
    return many(
        "SELECT "
            + COLUMNS
            + " FROM article ORDER BY published_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
        ps -> ps.setInt(1, limit));
  }

  @Override
  public List<StoredArticle> publishedBetween(LocalDate from, LocalDate to) {
    return many(
        "SELECT "
            + COLUMNS
            + " FROM article WHERE published_at >= ? AND published_at < ? ORDER BY published_at, id",
        ps -> {
          ps.setObject(1, from.atStartOfDay());
          ps.setObject(2, to.plusDays(1).atStartOfDay());
        });
  }

  private Optional<StoredArticle> one(String sql, Binder binder) {
    List<StoredArticle> found = many(sql, binder);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<StoredArticle> many(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      List<StoredArticle> withBodies = new ArrayList<>(out.size());
      for (StoredArticle s : out) {
        withBodies.add(withBody(s));
      }
      return withBodies;
    } catch (SQLException e) {
      throw new StoreException("cannot read articles: " + e.getMessage(), e);
    }
  }

  private StoredArticle withBody(StoredArticle s) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT block_kind, body_text FROM article_block WHERE article_id = ? ORDER BY ord")) {
      ps.setLong(1, s.id());
      List<Block> body;
      try (ResultSet rs = ps.executeQuery()) {
        body = Blocks.read(rs);
      }
      Article a = s.article();
      return new StoredArticle(
          s.id(),
          new Article(
              a.url(),
              a.title(),
              a.outlet(),
              a.sourceLine(),
              a.authors(),
              a.editors(),
              a.published(),
              body,
              a.fetchedAt()));
    }
  }

  private static StoredArticle row(ResultSet rs) throws SQLException {
    LocalDateTime published = rs.getObject("published_at", LocalDateTime.class);
    Optional<PublishTime> time =
        published == null
            ? Optional.empty()
            : Optional.of(
                new PublishTime(
                    published,
                    Precision.valueOf(rs.getString("published_precision")),
                    rs.getString("published_raw")));
    OffsetDateTime fetched = rs.getObject("fetched_at", OffsetDateTime.class);
    Optional<Instant> fetchedAt = Optional.ofNullable(fetched).map(OffsetDateTime::toInstant);
    return new StoredArticle(
        rs.getLong("id"),
        new Article(
            rs.getString("url"),
            rs.getString("title"),
            rs.getString("outlet"),
            rs.getString("source_line"),
            split(rs.getString("authors")),
            split(rs.getString("editors")),
            time,
            List.of(),
            fetchedAt));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? List.of()
        : Arrays.stream(joined.split("\n")).collect(Collectors.toList());
  }
}
