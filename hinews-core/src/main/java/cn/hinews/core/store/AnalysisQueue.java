package cn.hinews.core.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The articles waiting for analysis. A row is written in the transaction that stores or revises its
 * article and deleted in the one that stores its judgement, so a process killed at any point loses
 * nothing: a leased row comes back when its lease runs out.
 */
public interface AnalysisQueue {
  /** Queues an article (or updates its queued revision and reason when it waits already). */
  void enqueue(long articleId, int revision, QueueReason reason, Instant now);

  /**
   * Leases up to {@code max} rows nobody holds (or whose lease ran out), new articles first; each
   * row goes to one worker only.
   */
  List<QueueClaim> claim(String worker, int max, Instant now, Duration lease);

  /** The row of an article is done up to this revision (a later revision keeps it queued). */
  void done(long articleId, int revision);

  /** The row failed: it is tried again after {@code retryAt}, with the reason kept. */
  void failed(long articleId, String reason, Instant retryAt);

  /**
   * Queues for re-scoring the judged articles published in {@code from..to} whose model version is
   * older than {@code version}; returns how many.
   */
  int enqueueRescore(LocalDate from, LocalDate to, int version, Instant now);

  QueueDepth depth(Instant now);

  /** The workers holding leases now. */
  List<String> leaseHolders(Instant now);

  /** Returns the rows a worker holds (one known to be dead); how many. */
  int release(String worker);
}
