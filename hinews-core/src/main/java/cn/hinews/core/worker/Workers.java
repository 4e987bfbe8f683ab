package cn.hinews.core.worker;

import cn.hinews.core.store.Store;
import cn.hinews.core.store.WorkerBeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The entry point of this package: who works on the shared database, and what is queued. */
public final class Workers {
  /** Workers that stopped or went silent longer ago than this are not listed any more. */
  static final Duration FORGOTTEN = Duration.ofDays(1);

  private final Store store;
  private final Clock clock;

  public Workers(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The status now: queue depths, leases, heartbeats. */
  public ClusterStatus status() {
    Instant now = clock.instant();
    return store.read(
        s ->
            new ClusterStatus(
                now,
                s.frontierLeases().depth(now),
                s.analysisQueue().depth(now),
                s.frontierLeases().holders(now),
                s.analysisQueue().leaseHolders(now),
                workers(s.workers().workers(), now)));
  }

  /** The workers seen lately, alive, stopped or silent: one query, no scan of the queues. */
  public List<ClusterStatus.Worker> list() {
    return workers(store.read(s -> s.workers().workers()), clock.instant());
  }

  /** Only the workers that went silent (home page, 信源). */
  public List<ClusterStatus.Worker> silent() {
    return list().stream().filter(ClusterStatus.Worker::silent).toList();
  }

  private static List<ClusterStatus.Worker> workers(List<WorkerBeat> beats, Instant now) {
    List<ClusterStatus.Worker> out = new ArrayList<>();
    for (WorkerBeat b : beats) {
      Instant last = b.stoppedAt().orElse(b.beatAt());
      if (last.isBefore(now.minus(FORGOTTEN)) || replaced(b, beats)) {
        continue;
      }
      boolean silent = b.stoppedAt().isEmpty() && b.beatAt().isBefore(now.minus(Heartbeat.STALE));
      out.add(new ClusterStatus.Worker(b, silent));
    }
    return out;
  }

  /**
   * A worker that went silent and was replaced: a worker of the same machine and roles started
   * after its last beat (a restarted unit, a container brought back). Not listed any more.
   */
  private static boolean replaced(WorkerBeat b, List<WorkerBeat> all) {
    return b.stoppedAt().isEmpty()
        && all.stream()
            .anyMatch(
                o ->
                    o != b
                        && o.host().equals(b.host())
                        && o.roles().equals(b.roles())
                        && o.startedAt().isAfter(b.beatAt()));
  }
}
