package cn.hinews.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The log of fetches, and the health of sources read from it. */
public interface FetchLogRepository {
  void record(FetchLog entry);

  /**
   * The health of every source that has fetched anything.
   *
   * @param now the end of the window
   * @param days the window's length
   * @param silentAfter how long without a new article makes a source that has had some silent
   */
  List<SourceHealth> health(Instant now, int days, Duration silentAfter);

  /** The last fetches of a source, newest first. */
  List<FetchLog> recent(String sourceId, int limit);
}
