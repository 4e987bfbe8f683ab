package cn.hinews.core.store;

import java.time.LocalDate;
import java.util.List;

/** The counts of a period's stored judgements, in SQL (what 统计 reads). */
final class JudgementCounts {
  private static final String WHAT = "the counts of the stored analysis";
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
}
