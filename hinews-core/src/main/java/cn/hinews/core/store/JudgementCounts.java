package cn.hinews.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The counts of a period's stored judgements, in SQL (what 统计 reads). */
final class JudgementCounts {
  private static final String WHAT = "the counts of the stored analysis";

  /** The kinds of terms the index keeps, as SQL: ('KEYWORD', …). */
  private static final String KEPT_KINDS =
      JudgedFacts.KEPT.stream()
          .map(k -> "'" + k.name() + "'")
          .collect(java.util.stream.Collectors.joining(", ", " (", ")"));

  private final Jdbc db;

  JudgementCounts(Jdbc db) {
    this.db = db;
  }

  int count(LocalDate from, LocalDate to) {
    return db.query(
            "SELECT COUNT(*) FROM article_analysis WHERE published_day BETWEEN ? AND ?",
            ps -> {
              ps.setObject(1, from);
              ps.setObject(2, to);
            },
            rs -> rs.getInt(1),
            WHAT)
        .get(0);
  }

  List<DayCount> perDay(JudgementRepository.Dimension dimension, LocalDate from, LocalDate to) {
    String col = dimension.column();
    return db.query(
        "SELECT published_day, "
            + col
            + ", COUNT(*) FROM article_analysis WHERE published_day BETWEEN ? AND ?"
            + " GROUP BY published_day, "
            + col
            + " ORDER BY published_day, "
            + col,
        ps -> {
          ps.setObject(1, from);
          ps.setObject(2, to);
        },
        rs -> new DayCount(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3)),
        WHAT);
  }

  List<Count> counts(
      JudgementRepository.Dimension dimension, LocalDate from, LocalDate to, int limit) {
    String col = dimension.column();
    return db.query(
        "SELECT "
            + col
            + ", COUNT(*) AS n FROM article_analysis WHERE published_day BETWEEN ? AND ?"
            + " GROUP BY "
            + col
            + " ORDER BY n DESC, "
            + col
            + " FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setObject(1, from);
          ps.setObject(2, to);
          ps.setInt(3, limit);
        },
        rs -> new Count(rs.getString(1), rs.getInt(2)),
        WHAT);
  }

  List<Count> termCounts(
      Judgement.TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit) {
    return db.query(
        "SELECT term, COUNT(*) AS n FROM article_term"
            + " WHERE term_kind = ? AND published_day BETWEEN ? AND ? AND relevance >= ?"
            + " GROUP BY term ORDER BY n DESC, term FETCH FIRST ? ROWS ONLY",
        ps -> {
          ps.setString(1, kind.name());
          ps.setObject(2, from);
          ps.setObject(3, to);
          ps.setDouble(4, minRelevance);
          ps.setInt(5, limit);
        },
        rs -> new Count(rs.getString(1), rs.getInt(2)),
        WHAT);
  }

  /** What the statistics count of these articles' judgements (the judged ones only). */
  Map<Long, JudgedFacts> facts(Collection<Long> articleIds) {
    Map<Long, JudgedFacts> out = new HashMap<>();
    List<Long> all = List.copyOf(articleIds);
    for (int i = 0; i < all.size(); i += 500) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      Map<Long, Map<Judgement.TermKind, List<String>>> terms = new HashMap<>();
      db.query(
          "SELECT article_id, term_kind, term FROM article_term WHERE term_kind IN"
              + KEPT_KINDS
              + " AND article_id IN ("
              + marks
              + ") ORDER BY article_id, term_kind, term",
          ps -> bind(ps, chunk),
          rs ->
              terms
                  .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Judgement.TermKind.class))
                  .computeIfAbsent(
                      Judgement.TermKind.valueOf(rs.getString(2)), k -> new ArrayList<>())
                  .add(rs.getString(3)),
          WHAT);
      db.query(
          "SELECT article_id, published_day, top_topic, polarity, source_kind, outlet, relevance,"
              + " cluster_id, published_at FROM article_analysis WHERE article_id IN ("
              + marks
              + ")",
          ps -> bind(ps, chunk),
          rs ->
              out.put(
                  rs.getLong(1),
                  new JudgedFacts(
                      Optional.ofNullable(rs.getObject(2, LocalDate.class)),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getDouble(7),
                      terms.getOrDefault(rs.getLong(1), Map.of()),
                      rs.getLong(8),
                      Optional.ofNullable(rs.getObject(9, java.time.LocalDateTime.class)))),
          WHAT);
    }
    return out;
  }

  private static void bind(java.sql.PreparedStatement ps, List<Long> ids)
      throws java.sql.SQLException {
    for (int i = 0; i < ids.size(); i++) {
      ps.setLong(i + 1, ids.get(i));
    }
  }
}
