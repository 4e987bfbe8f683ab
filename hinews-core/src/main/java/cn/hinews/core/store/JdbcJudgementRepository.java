package cn.hinews.core.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcJudgementRepository implements JudgementRepository {
  private static final String WHAT = "the stored analysis";
  private static final String JUDGEMENT_COLUMNS =
      "a.article_id, a.revision, a.model_version, a.relevance, a.authority, a.published_day,"
          + " a.cluster_id, c.original_id, c.members, a.document, a.analysed_at";
  private final Jdbc db;
  private final JudgementCounts counts;

  JdbcJudgementRepository(Connection c) {
    this.db = new Jdbc(c);
    this.counts = new JudgementCounts(db);
  }

  @Override
  public boolean judged(long articleId, int revision, int modelVersion) {
    return !db.query(
            "SELECT 1 FROM analysis_run WHERE article_id = ? AND revision = ? AND model_version = ?",
            ps -> {
              ps.setLong(1, articleId);
              ps.setInt(2, revision);
              ps.setInt(3, modelVersion);
            },
            rs -> 1,
            WHAT)
        .isEmpty();
  }

  @Override
  public void lockClusters() {
    db.query("SELECT id FROM analysis_lock WHERE id = 1 FOR UPDATE", ps -> {}, rs -> 1, "the lock");
  }

  @Override
  public List<BandMatch> matches(
      List<Long> bandKeys, long excludeId, Optional<LocalDate> day, int days) {
    if (bandKeys.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(bandKeys.size(), "?"));
    String window =
        day.isPresent() ? " AND (a.published_day IS NULL OR a.published_day BETWEEN ? AND ?)" : "";
    return db.query(
        "SELECT DISTINCT a.article_id, a.cluster_id, a.signature FROM article_band b"
            + " JOIN article_analysis a ON a.article_id = b.article_id"
            + " WHERE b.band_key IN ("
            + marks
            + ") AND b.article_id <> ?"
            + window,
        ps -> {
          int i = 1;
          for (Long k : bandKeys) {
            ps.setLong(i++, k);
          }
          ps.setLong(i++, excludeId);
          if (day.isPresent()) {
            ps.setObject(i++, day.get().minusDays(days));
            ps.setObject(i, day.get().plusDays(days));
          }
        },
        rs -> new BandMatch(rs.getLong(1), rs.getLong(2), signature(rs.getBytes(3))),
        WHAT);
  }

  @Override
  public void save(Judgement j, long clusterId, boolean replacing) {
    long id = j.articleId();
    if (replacing) {
      for (String table :
          List.of("article_analysis", "article_topic", "article_term", "article_band")) {
        db.update("DELETE FROM " + table + " WHERE article_id = ?", ps -> ps.setLong(1, id), WHAT);
      }
    }
    db.update(
        "INSERT INTO article_analysis (article_id, revision, model_version, relevance, health,"
            + " coverage, authority, top_topic, polarity, source_kind, outlet, published_day,"
            + " published_at, signature, cluster_id, document, analysed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setInt(2, j.revision());
          ps.setInt(3, j.modelVersion());
          ps.setDouble(4, j.relevance());
          ps.setDouble(5, j.health());
          ps.setDouble(6, j.coverage());
          ps.setDouble(7, j.authority());
          ps.setString(8, clip(j.topTopic(), 64));
          ps.setString(9, j.polarity());
          ps.setString(10, clip(j.sourceKind(), 16));
          ps.setString(11, clip(j.outlet(), 200));
          ps.setObject(12, j.publishedAt().map(LocalDateTime::toLocalDate).orElse(null));
          ps.setObject(13, j.publishedAt().orElse(null));
          ps.setBytes(14, j.signature().map(JdbcJudgementRepository::bytes).orElse(null));
          ps.setLong(15, clusterId);
          ps.setString(16, j.document());
          ps.setObject(17, j.analysedAt().atOffset(ZoneOffset.UTC));
        },
        WHAT);
    db.batch(
        "INSERT INTO article_topic (article_id, topic_id, score) VALUES (?, ?, ?)",
        j.topics().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Judgement.TopicWeight::topicId, t -> t, (a, b) -> a, LinkedHashMap::new))
            .values(),
        (ps, t) -> {
          ps.setLong(1, id);
          ps.setString(2, clip(t.topicId(), 64));
          ps.setDouble(3, t.score());
        },
        WHAT);
    Map<String, Judgement.Term> terms = new LinkedHashMap<>();
    for (Judgement.Term t : j.terms()) {
      String text = clip(t.text(), 300);
      terms.putIfAbsent(t.kind() + "\u0000" + text, new Judgement.Term(t.kind(), text));
    }
    db.batch(
        "INSERT INTO article_term (article_id, term_kind, term, published_day, relevance)"
            + " VALUES (?, ?, ?, ?, ?)",
        terms.values(),
        (ps, t) -> {
          ps.setLong(1, id);
          ps.setString(2, t.kind().name());
          ps.setString(3, t.text());
          ps.setObject(4, j.publishedAt().map(LocalDateTime::toLocalDate).orElse(null));
          ps.setDouble(5, j.relevance());
        },
        WHAT);
    db.batch(
        "INSERT INTO article_band (band_key, article_id) VALUES (?, ?)",
        j.bandKeys().stream().distinct().toList(),
        (ps, k) -> {
          ps.setLong(1, k);
          ps.setLong(2, id);
        },
        WHAT);
    db.update(
        "INSERT INTO analysis_run (article_id, revision, model_version, analysed_at)"
            + " VALUES (?, ?, ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setInt(2, j.revision());
          ps.setInt(3, j.modelVersion());
          ps.setObject(4, j.analysedAt().atOffset(ZoneOffset.UTC));
        },
        WHAT);
  }

  @Override
  public void moveCluster(long from, long into, java.time.Instant at) {
    db.update(
        "UPDATE article_analysis SET cluster_id = ?, clustered_at = ? WHERE cluster_id = ?",
        ps -> {
          ps.setLong(1, into);
          ps.setObject(2, at.atOffset(ZoneOffset.UTC));
          ps.setLong(3, from);
        },
        WHAT);
    db.update("DELETE FROM reprint_cluster WHERE cluster_id = ?", ps -> ps.setLong(1, from), WHAT);
  }

  @Override
  public void refreshCluster(long clusterId) {
    List<Long> members = clusterMembers(clusterId);
    db.update(
        "DELETE FROM reprint_cluster WHERE cluster_id = ?", ps -> ps.setLong(1, clusterId), WHAT);
    if (members.isEmpty()) {
      return;
    }
    db.update(
        "INSERT INTO reprint_cluster (cluster_id, original_id, members) VALUES (?, ?, ?)",
        ps -> {
          ps.setLong(1, clusterId);
          ps.setLong(2, members.get(0));
          ps.setInt(3, members.size());
        },
        WHAT);
  }

  @Override
  public Optional<StoredJudgement> find(long articleId) {
    return findAll(List.of(articleId)).values().stream().findFirst();
  }

  @Override
  public Map<Long, StoredJudgement> findAll(Collection<Long> articleIds) {
    Map<Long, StoredJudgement> out = new LinkedHashMap<>();
    for (List<Long> chunk : chunks(articleIds)) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      for (StoredJudgement j :
          db.query(
              "SELECT "
                  + JUDGEMENT_COLUMNS
                  + " FROM article_analysis a LEFT JOIN reprint_cluster c"
                  + " ON c.cluster_id = a.cluster_id WHERE a.article_id IN ("
                  + marks
                  + ")",
              ps -> bindAll(ps, chunk),
              JdbcJudgementRepository::judgement,
              WHAT)) {
        out.put(j.articleId(), j);
      }
    }
    return out;
  }

  @Override
  public List<Long> clusterMembers(long clusterId) {
    return clusterMembers(List.of(clusterId)).getOrDefault(clusterId, List.of());
  }

  @Override
  public Map<Long, List<Long>> clusterMembers(Collection<Long> clusterIds) {
    Map<Long, List<Long>> out = new LinkedHashMap<>();
    for (List<Long> chunk : chunks(clusterIds)) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      // the original: the earliest, then the most authoritative outlet, then the first stored
      db.query(
          "SELECT cluster_id, article_id FROM article_analysis WHERE cluster_id IN ("
              + marks
              + ") ORDER BY cluster_id, CASE WHEN published_at IS NULL THEN 1 ELSE 0 END,"
              + " published_at, authority DESC, article_id",
          ps -> bindAll(ps, chunk),
          rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)),
          WHAT);
    }
    return out;
  }

  @Override
  public List<RankRow> topOriginals(RankQuery q) {
    String used =
        q.includeUsed()
            ? ""
            : " AND NOT EXISTS (SELECT 1 FROM issue_item ii JOIN issue i ON i.id = ii.issue_id"
                + " WHERE ii.article_id = a.article_id AND i.series_id = ?)";
    return db.query(
        "SELECT a.article_id, a.cluster_id, a.relevance, a.authority, c.members, a.published_day,"
            + " a.document"
            + " FROM article_analysis a JOIN reprint_cluster c ON c.original_id = a.article_id"
            + " WHERE a.published_day BETWEEN ? AND ? AND a.relevance >= ?"
            + " AND NOT EXISTS (SELECT 1 FROM editor_decision d WHERE d.article_id = a.article_id"
            + " AND d.series_id = ? AND d.decision = 'REJECTED')"
            + used
            + " ORDER BY 0.6 * a.relevance + 0.15 * a.authority + 0.15 * (1.0 - 1.0 / c.members)"
            + " DESC, a.article_id FETCH FIRST ? ROWS ONLY",
        ps -> {
          int i = 1;
          ps.setObject(i++, q.from());
          ps.setObject(i++, q.to());
          ps.setDouble(i++, q.minRelevance());
          ps.setString(i++, q.series());
          if (!q.includeUsed()) {
            ps.setString(i++, q.series());
          }
          ps.setInt(i, q.limit());
        },
        rs ->
            new RankRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getDouble(3),
                rs.getDouble(4),
                rs.getInt(5),
                Optional.ofNullable(rs.getObject(6, LocalDate.class)),
                rs.getString(7)),
        WHAT);
  }

  @Override
  public Optional<LocalDate> latestDay(LocalDate notAfter) {
    return db.query(
            "SELECT MAX(published_day) FROM article_analysis WHERE published_day <= ?",
            ps -> ps.setObject(1, notAfter),
            rs -> Optional.ofNullable(rs.getObject(1, LocalDate.class)),
            WHAT)
        .get(0);
  }

  @Override
  public int count(LocalDate from, LocalDate to) {
    return counts.count(from, to);
  }

  @Override
  public List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to) {
    return counts.perDay(dimension, from, to);
  }

  @Override
  public List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit) {
    return counts.counts(dimension, from, to, limit);
  }

  @Override
  public List<Count> termCounts(
      Judgement.TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit) {
    return counts.termCounts(kind, from, to, minRelevance, limit);
  }

  @Override
  public Map<Long, JudgedFacts> facts(Collection<Long> articleIds) {
    return counts.facts(articleIds);
  }

  @Override
  public List<String> topics(long articleId) {
    return db.query(
        "SELECT topic_id FROM article_topic WHERE article_id = ? ORDER BY score DESC, topic_id",
        ps -> ps.setLong(1, articleId),
        rs -> rs.getString(1),
        WHAT);
  }

  @Override
  public Map<Long, List<String>> topics(Collection<Long> articleIds) {
    Map<Long, List<String>> out = new LinkedHashMap<>();
    for (List<Long> chunk : chunks(articleIds)) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      db.query(
          "SELECT article_id, topic_id FROM article_topic WHERE article_id IN ("
              + marks
              + ") ORDER BY article_id, score DESC, topic_id",
          ps -> bindAll(ps, chunk),
          rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)),
          WHAT);
    }
    return out;
  }

  private static StoredJudgement judgement(ResultSet rs) throws SQLException {
    long cluster = rs.getLong(7);
    long original = rs.getLong(8);
    boolean clustered = !rs.wasNull();
    return new StoredJudgement(
        rs.getLong(1),
        rs.getInt(2),
        rs.getInt(3),
        rs.getDouble(4),
        rs.getDouble(5),
        Optional.ofNullable(rs.getObject(6, LocalDate.class)),
        cluster,
        clustered ? original : rs.getLong(1),
        clustered ? rs.getInt(9) : 1,
        rs.getString(10),
        rs.getObject(11, OffsetDateTime.class).toInstant());
  }

  private static void bindAll(java.sql.PreparedStatement ps, List<Long> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      ps.setLong(i + 1, ids.get(i));
    }
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 500) {
      out.add(all.subList(i, Math.min(all.size(), i + 500)));
    }
    return out;
  }

  private static byte[] bytes(Judgement.Signature s) {
    int[] v = s.values();
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    for (int x : v) {
      b.putInt(x);
    }
    return b.array();
  }

  private static Judgement.Signature signature(byte[] raw) {
    if (raw == null) {
      return new Judgement.Signature(new int[0]);
    }
    ByteBuffer b = ByteBuffer.wrap(raw);
    int[] v = new int[raw.length / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getInt();
    }
    return new Judgement.Signature(v);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
