package cn.hinews.core.worker;

import cn.hinews.core.store.FrontierDepth;
import cn.hinews.core.store.LeaseCount;
import cn.hinews.core.store.QueueDepth;
import cn.hinews.core.store.WorkerBeat;
import java.time.Instant;
import java.util.List;

/**
 * What the workers sharing one database are doing, at one moment: the queues, who holds what, who
 * is alive.
 *
 * @param crawlLeases the frontier's URLs held, per worker
 * @param analysisLeases the workers holding rows of the analysis queue
 */
public record ClusterStatus(
    Instant at,
    FrontierDepth frontier,
    QueueDepth analysis,
    List<LeaseCount> crawlLeases,
    List<String> analysisLeases,
    List<Worker> workers) {
  public ClusterStatus {
    crawlLeases = List.copyOf(crawlLeases);
    analysisLeases = List.copyOf(analysisLeases);
    workers = List.copyOf(workers);
  }

  /**
   * A worker and whether it has gone silent (no beat for a minute, and it did not say it stopped).
   */
  public record Worker(WorkerBeat beat, boolean silent) {
    public boolean running() {
      return beat.stoppedAt().isEmpty() && !silent;
    }
  }

  /** The workers that stopped beating without saying they stopped. */
  public List<Worker> silent() {
    return workers.stream().filter(Worker::silent).toList();
  }
}
