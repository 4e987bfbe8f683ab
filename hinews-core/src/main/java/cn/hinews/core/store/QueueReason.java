package cn.hinews.core.store;

/** Why an article waits for analysis; new and revised articles go before re-scoring. */
public enum QueueReason {
  /** Stored for the first time (crawl, import, an editor's addition). */
  STORED(0),
  /** Its text changed (a re-fetch, {@code reextract}). */
  REVISED(0),
  /** A new relevance model version scores the open periods again. */
  RESCORE(1);

  private final int priority;

  QueueReason(int priority) {
    this.priority = priority;
  }

  /** Lower goes first. */
  public int priority() {
    return priority;
  }
}
