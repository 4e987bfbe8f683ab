package cn.hinews.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the workers sharing one database agree on: the database's clock, each host's next polite
 * request, who is alive, and who runs a job that must run once.
 */
public interface WorkerRepository {
  /** The database's time: one clock for every worker on every machine. */
  Instant databaseNow();

  /**
   * Books the next request to {@code host}: at the earliest now, at least {@code gap} after the
   * start of the request booked before it by any worker. Call in its own short transaction (the
   * host's row is locked until it ends). The time is this machine's, read once the row is locked.
   *
   * @return how long to wait before sending it
   */
  Duration bookHost(String host, Duration gap);

  /** Inserts or renews a worker's row. */
  void beat(WorkerBeat beat);

  /** The worker stopped (said once, as it ends). */
  void stopped(String name, Instant at);

  /** Every worker ever seen, the latest beats first. */
  List<WorkerBeat> workers();

  /**
   * Takes or renews {@code job} for {@code holder} until {@code now + lease}; false when another
   * holder's lease has not expired.
   */
  boolean holdJob(String job, String holder, Instant now, Duration lease);

  /** Gives a held job up (a node that stops). */
  void releaseJob(String job, String holder);
}
