package cn.hinews.core.store;

/**
 * The analysis queue at one moment.
 *
 * @param waiting rows no worker holds
 * @param leased rows a worker holds now
 * @param failed rows that failed and wait for a later attempt (or gave up)
 * @param rescoring of all these, the rows of a re-score after a new model version
 */
public record QueueDepth(int waiting, int leased, int failed, int rescoring) {
  /** Everything not yet analysed. */
  public int total() {
    return waiting + leased + failed;
  }
}
