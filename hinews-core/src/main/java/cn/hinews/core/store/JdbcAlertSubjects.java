package cn.hinews.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads what the alert rules evaluate: judged articles with their text, topics and events. */
final class JdbcAlertSubjects {
  private static final String SUBJECT_SELECT =
      "SELECT a.article_id, ar.title, ar.url, ar.outlet, ar.published_at, a.relevance, a.polarity,"
          + " a.source_kind, a.cluster_id, COALESCE(rc.members, 1) AS members, a.analysed_at"
          + " FROM article_analysis a JOIN article ar ON ar.id = a.article_id"
          + " LEFT JOIN reprint_cluster rc ON rc.cluster_id = a.cluster_id";

  private final Jdbc jdbc;

  JdbcAlertSubjects(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<AlertSubject> unevaluated(Instant since, int limit) {
    return subjects(
        SUBJECT_SELECT
            + " LEFT JOIN alert_evaluated e ON e.article_id = a.article_id"
            + " WHERE a.analysed_at > ? AND (e.article_id IS NULL OR e.analysed_at < a.analysed_at)"
            + " ORDER BY a.analysed_at, a.article_id FETCH FIRST "
            + limit
            + " ROWS ONLY",
        ps -> ps.setObject(1, at(since)));
  }

  List<AlertSubject> judgedBetween(Instant from, Instant to, int limit) {
    return subjects(
        SUBJECT_SELECT
            + " WHERE a.analysed_at >= ? AND a.analysed_at <= ?"
            + " ORDER BY a.analysed_at, a.article_id FETCH FIRST "
            + limit
            + " ROWS ONLY",
        ps -> {
          ps.setObject(1, at(from));
          ps.setObject(2, at(to));
        });
  }

  private List<AlertSubject> subjects(String sql, Binder binder) {
    List<Row> rows = jdbc.query(sql, binder, JdbcAlertSubjects::row, "the judged articles");
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::articleId).toList();
    Map<Long, List<String>> topics =
        listBy(
            ids,
            "SELECT article_id, topic_id FROM article_topic",
            " ORDER BY article_id, score DESC");
    Map<Long, List<String>> events =
        listBy(
            ids,
            "SELECT article_id, term FROM article_term WHERE term_kind = 'EVENT'",
            " ORDER BY article_id, term");
    Map<Long, List<String>> bodies =
        listBy(ids, "SELECT article_id, body_text FROM article_block", " ORDER BY article_id, ord");
    List<AlertSubject> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(
          new AlertSubject(
              r.articleId(),
              r.title(),
              r.url(),
              String.join("\n", bodies.getOrDefault(r.articleId(), List.of())),
              r.outlet(),
              r.publishedAt(),
              r.relevance(),
              r.polarity(),
              r.sourceKind(),
              topics.getOrDefault(r.articleId(), List.of()),
              events.getOrDefault(r.articleId(), List.of()),
              r.clusterId(),
              r.members(),
              r.analysedAt()));
    }
    return out;
  }

  /** One row of the subjects' query, before their lists are read. */
  private record Row(
      long articleId,
      String title,
      String url,
      String outlet,
      Optional<LocalDateTime> publishedAt,
      double relevance,
      String polarity,
      String sourceKind,
      long clusterId,
      int members,
      Instant analysedAt) {}

  private static Row row(ResultSet rs) throws SQLException {
    Timestamp published = rs.getTimestamp("published_at");
    return new Row(
        rs.getLong("article_id"),
        rs.getString("title"),
        rs.getString("url"),
        rs.getString("outlet"),
        Optional.ofNullable(published).map(Timestamp::toLocalDateTime),
        rs.getDouble("relevance"),
        rs.getString("polarity"),
        rs.getString("source_kind"),
        rs.getLong("cluster_id"),
        rs.getInt("members"),
        instant(rs, "analysed_at"));
  }

  /** Second column of {@code select} by the first (article id), for these articles. */
  private Map<Long, List<String>> listBy(List<Long> ids, String select, String order) {
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    String glue = select.contains(" WHERE ") ? " AND " : " WHERE ";
    Map<Long, List<String>> out = new HashMap<>();
    jdbc.query(
        select + glue + "article_id IN (" + in + ")" + order,
        ps -> {},
        rs -> {
          out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
          return null;
        },
        "the judged articles' details");
    return out;
  }

  void evaluated(long articleId, Instant analysedAt) {
    jdbc.update(
        "DELETE FROM alert_evaluated WHERE article_id = ?",
        ps -> ps.setLong(1, articleId),
        "the evaluation mark");
    jdbc.update(
        "INSERT INTO alert_evaluated (article_id, analysed_at) VALUES (?, ?)",
        ps -> {
          ps.setLong(1, articleId);
          ps.setObject(2, at(analysedAt));
        },
        "the evaluation mark");
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return JdbcAlertRepository.instant(rs, column);
  }

  private static Object at(Instant t) {
    return JdbcAlertRepository.at(t);
  }

  /** Stories per term and day: TOPIC counts top topics, any other kind the terms of that kind. */
  List<AlertRepository.TermDay> termDays(
      String kind, java.time.LocalDate from, java.time.LocalDate to) {
    String sql =
        kind.equals("TOPIC")
            ? "SELECT top_topic, published_day, COUNT(DISTINCT cluster_id) FROM article_analysis"
                + " WHERE published_day BETWEEN ? AND ? AND top_topic <> ''"
                + " GROUP BY top_topic, published_day"
            : "SELECT t.term, t.published_day, COUNT(DISTINCT a.cluster_id) FROM article_term t"
                + " JOIN article_analysis a ON a.article_id = t.article_id"
                + " WHERE t.published_day BETWEEN ? AND ? AND t.term_kind = ?"
                + " GROUP BY t.term, t.published_day";
    return jdbc.query(
        sql,
        ps -> {
          ps.setObject(1, from);
          ps.setObject(2, to);
          if (!kind.equals("TOPIC")) {
            ps.setString(3, kind);
          }
        },
        rs ->
            new AlertRepository.TermDay(
                rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getInt(3)),
        "the stories per term");
  }

  /** Stories per term published since a moment (the day's index first, then the time). */
  List<AlertRepository.TermCount> termsSince(String kind, java.time.LocalDateTime since) {
    String sql =
        kind.equals("TOPIC")
            ? "SELECT top_topic, COUNT(DISTINCT cluster_id) FROM article_analysis"
                + " WHERE published_day >= ? AND published_at >= ? AND top_topic <> ''"
                + " GROUP BY top_topic"
            : "SELECT t.term, COUNT(DISTINCT a.cluster_id) FROM article_term t"
                + " JOIN article_analysis a ON a.article_id = t.article_id"
                + " WHERE t.published_day >= ? AND a.published_at >= ? AND t.term_kind = ?"
                + " GROUP BY t.term";
    return jdbc.query(
        sql,
        ps -> {
          ps.setObject(1, since.toLocalDate());
          ps.setObject(2, since);
          if (!kind.equals("TOPIC")) {
            ps.setString(3, kind);
          }
        },
        rs -> new AlertRepository.TermCount(rs.getString(1), rs.getInt(2)),
        "the stories per term of the last hours");
  }

  /** The biggest stories of a term on a day, by their cluster's size. */
  List<AlertSubject> topStories(String kind, String term, java.time.LocalDate day, int limit) {
    String match =
        kind.equals("TOPIC")
            ? " a.top_topic = ?"
            : " a.article_id IN (SELECT article_id FROM article_term WHERE term_kind = ? AND term = ?)";
    return subjects(
        SUBJECT_SELECT
            + " WHERE a.published_day = ? AND"
            + match
            + " AND (rc.original_id IS NULL OR rc.original_id = a.article_id)"
            + " ORDER BY COALESCE(rc.members, 1) DESC, a.relevance DESC, a.article_id FETCH FIRST "
            + limit
            + " ROWS ONLY",
        ps -> {
          ps.setObject(1, day);
          if (kind.equals("TOPIC")) {
            ps.setString(2, term);
          } else {
            ps.setString(2, kind);
            ps.setString(3, term);
          }
        });
  }

  /** Clusters that gathered at least {@code minCopies} copies since then, with their originals. */
  List<AlertRepository.Growth> growing(Instant since, int minCopies) {
    Map<Long, Integer> copies = new HashMap<>();
    List<Long> originals =
        jdbc.query(
            "SELECT rc.original_id, COUNT(*) FROM article_analysis a"
                + " JOIN article ar ON ar.id = a.article_id"
                + " JOIN reprint_cluster rc ON rc.cluster_id = a.cluster_id"
                + " WHERE ar.created_at >= ? GROUP BY rc.original_id HAVING COUNT(*) >= ?"
                + " ORDER BY COUNT(*) DESC, rc.original_id FETCH FIRST 50 ROWS ONLY",
            ps -> {
              ps.setObject(1, at(since));
              ps.setInt(2, minCopies);
            },
            rs -> {
              copies.put(rs.getLong(1), rs.getInt(2));
              return rs.getLong(1);
            },
            "the growing stories");
    if (originals.isEmpty()) {
      return List.of();
    }
    String in = originals.stream().map(String::valueOf).collect(Collectors.joining(","));
    List<AlertRepository.Growth> out = new ArrayList<>();
    for (AlertSubject s :
        subjects(SUBJECT_SELECT + " WHERE a.article_id IN (" + in + ")", ps -> {})) {
      out.add(new AlertRepository.Growth(s, copies.get(s.articleId())));
    }
    out.sort(java.util.Comparator.comparingInt(AlertRepository.Growth::copies).reversed());
    return out;
  }
}
