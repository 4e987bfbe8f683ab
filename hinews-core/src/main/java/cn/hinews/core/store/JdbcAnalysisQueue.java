package cn.hinews.core.store;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

final class JdbcAnalysisQueue implements AnalysisQueue {
  private static final int ERROR_LENGTH = 1000;
  private final Jdbc db;

  JdbcAnalysisQueue(Connection c) {
    this.db = new Jdbc(c);
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  @Override
  public void enqueue(long articleId, int revision, QueueReason reason, Instant now) {
    int updated =
        db.update(
            "UPDATE analysis_queue SET revision = ?, reason = ?, priority = ?, last_error = NULL"
                + " WHERE article_id = ?",
            ps -> {
              ps.setInt(1, revision);
              ps.setString(2, reason.name());
              ps.setInt(3, reason.priority());
              ps.setLong(4, articleId);
            },
            "the analysis queue");
    if (updated == 0) {
      db.update(
          "INSERT INTO analysis_queue (article_id, revision, reason, priority, enqueued_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          ps -> {
            ps.setLong(1, articleId);
            ps.setInt(2, revision);
            ps.setString(3, reason.name());
            ps.setInt(4, reason.priority());
            ps.setObject(5, utc(now));
          },
          "the analysis queue");
    }
  }

  @Override
  public List<QueueClaim> claim(String worker, int max, Instant now, Duration lease) {
    List<QueueClaim> due =
        db.query(
            "SELECT article_id, revision, reason, attempts FROM analysis_queue"
                + " WHERE lease_until IS NULL OR lease_until < ?"
                + " ORDER BY priority, enqueued_at, article_id FETCH FIRST ? ROWS ONLY"
                // rows another worker is claiming right now are skipped, not waited for
                + " FOR UPDATE SKIP LOCKED",
            ps -> {
              ps.setObject(1, utc(now));
              ps.setInt(2, max);
            },
            rs ->
                new QueueClaim(
                    rs.getLong(1),
                    rs.getInt(2),
                    QueueReason.valueOf(rs.getString(3)),
                    rs.getInt(4) + 1),
            "the analysis queue");
    List<QueueClaim> mine = new ArrayList<>(due.size());
    for (QueueClaim c : due) {
      // the row is ours only if nobody leased it between the read and this update
      int taken =
          db.update(
              "UPDATE analysis_queue SET lease_until = ?, leased_by = ?, attempts = attempts + 1"
                  + " WHERE article_id = ? AND (lease_until IS NULL OR lease_until < ?)",
              ps -> {
                ps.setObject(1, utc(now.plus(lease)));
                ps.setString(2, worker);
                ps.setLong(3, c.articleId());
                ps.setObject(4, utc(now));
              },
              "the analysis queue");
      if (taken == 1) {
        mine.add(c);
      }
    }
    return mine;
  }

  @Override
  public void done(long articleId, int revision) {
    db.update(
        "DELETE FROM analysis_queue WHERE article_id = ? AND revision <= ?",
        ps -> {
          ps.setLong(1, articleId);
          ps.setInt(2, revision);
        },
        "the analysis queue");
    // a revision that arrived meanwhile waits again, free for any worker
    db.update(
        "UPDATE analysis_queue SET lease_until = NULL, leased_by = NULL WHERE article_id = ?",
        ps -> ps.setLong(1, articleId),
        "the analysis queue");
  }

  @Override
  public void failed(long articleId, String reason, Instant retryAt) {
    String clipped = reason.length() > ERROR_LENGTH ? reason.substring(0, ERROR_LENGTH) : reason;
    db.update(
        "UPDATE analysis_queue SET lease_until = ?, leased_by = NULL, last_error = ?"
            + " WHERE article_id = ?",
        ps -> {
          ps.setObject(1, utc(retryAt));
          ps.setString(2, clipped);
          ps.setLong(3, articleId);
        },
        "the analysis queue");
  }

  @Override
  public int enqueueRescore(LocalDate from, LocalDate to, int version, Instant now) {
    db.update(
        "UPDATE analysis_queue SET reason = ?, priority = ? WHERE reason = ? AND article_id IN"
            + " (SELECT article_id FROM article_analysis WHERE published_day BETWEEN ? AND ?"
            + " AND model_version < ?)",
        ps -> {
          ps.setString(1, QueueReason.RESCORE.name());
          ps.setInt(2, QueueReason.RESCORE.priority());
          ps.setString(3, QueueReason.RESCORE.name());
          ps.setObject(4, from);
          ps.setObject(5, to);
          ps.setInt(6, version);
        },
        "the analysis queue");
    return db.update(
        "INSERT INTO analysis_queue (article_id, revision, reason, priority, enqueued_at)"
            + " SELECT a.article_id, a.revision, ?, ?, ? FROM article_analysis a"
            + " WHERE a.published_day BETWEEN ? AND ? AND a.model_version < ?"
            + " AND NOT EXISTS (SELECT 1 FROM analysis_queue q WHERE q.article_id = a.article_id)",
        ps -> {
          ps.setString(1, QueueReason.RESCORE.name());
          ps.setInt(2, QueueReason.RESCORE.priority());
          ps.setObject(3, utc(now));
          ps.setObject(4, from);
          ps.setObject(5, to);
          ps.setInt(6, version);
        },
        "the analysis queue");
  }

  @Override
  public QueueDepth depth(Instant now) {
    return db.query(
            "SELECT"
                + " SUM(CASE WHEN last_error IS NULL AND (lease_until IS NULL OR lease_until < ?)"
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN last_error IS NULL AND lease_until >= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN last_error IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN reason = 'RESCORE' THEN 1 ELSE 0 END)"
                + " FROM analysis_queue",
            ps -> {
              ps.setObject(1, utc(now));
              ps.setObject(2, utc(now));
            },
            rs -> new QueueDepth(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
            "the analysis queue")
        .get(0);
  }

  @Override
  public List<String> leaseHolders(Instant now) {
    return db.query(
        "SELECT DISTINCT leased_by FROM analysis_queue WHERE leased_by IS NOT NULL"
            + " AND lease_until >= ?",
        ps -> ps.setObject(1, utc(now)),
        rs -> rs.getString(1),
        "the analysis queue");
  }

  @Override
  public int release(String worker) {
    return db.update(
        "UPDATE analysis_queue SET lease_until = NULL, leased_by = NULL WHERE leased_by = ?"
            + " AND last_error IS NULL",
        ps -> ps.setString(1, worker),
        "the analysis queue");
  }
}
