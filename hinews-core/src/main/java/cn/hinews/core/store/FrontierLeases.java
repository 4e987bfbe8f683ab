package cn.hinews.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The crawl's URLs leased to workers: a URL is fetched by the worker that holds it; a lease runs
 * out at its time (a worker killed mid-crawl), or is given back when the URL was visited.
 */
public interface FrontierLeases {
  /**
   * Leases those of {@code urls} that are still due and free (never leased, or the lease ran out),
   * skipping rows another transaction holds ({@code FOR UPDATE SKIP LOCKED}).
   *
   * @return the URLs now held by {@code worker}
   */
  Set<String> claim(Collection<String> urls, String worker, Instant now, Instant until);

  /** Gives back URLs the worker did not visit. */
  void release(Collection<String> urls, String worker);

  /** Gives back every URL a worker holds (it stopped, or its process is gone). */
  int releaseAll(String worker);

  /** URLs of these sources due by {@code now} that another worker holds on an unexpired lease. */
  long heldDue(Collection<String> sourceIds, Instant now);

  /** The unexpired leases, per worker. */
  List<LeaseCount> holders(Instant now);

  /** The frontier's counts now (a scan of the frontier: for status, not for every page). */
  FrontierDepth depth(Instant now);
}
