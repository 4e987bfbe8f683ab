package cn.hinews.core.worker;

import cn.hinews.core.store.Store;
import java.time.Clock;
import java.time.Duration;

/**
 * Jobs that must run on one node at a time however many web nodes and workers share the database
 * (the automatic drafts, the alert rounds with their digests and deliveries): a node runs such a
 * job only while it holds the job's lease, renewed at each round; a node that stops gives it up,
 * one that dies loses it when the lease runs out.
 */
public final class JobLeases {
  private final Store store;
  private final WorkerIdentity me;
  private final Clock clock;

  public JobLeases(Store store, WorkerIdentity me, Clock clock) {
    this.store = store;
    this.me = me;
    this.clock = clock;
  }

  /** Takes or renews the job for {@code lease}; false when another live node holds it. */
  public boolean hold(String job, Duration lease) {
    return store.inTransaction(s -> s.workers().holdJob(job, me.name(), clock.instant(), lease));
  }

  /** Gives the job up (this node stops). */
  public void release(String job) {
    store.inTransaction(
        s -> {
          s.workers().releaseJob(job, me.name());
          return null;
        });
  }
}
