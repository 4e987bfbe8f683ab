package cn.hinews.core.analysis.cluster;

import java.util.List;

/**
 * An article and its reprints.
 *
 * @param original the id of the original: the earliest, the more authoritative outlet on a tie
 * @param reprints the ids of the other members, oldest first
 */
public record ReprintCluster(long original, List<Long> reprints) {
  public ReprintCluster {
    reprints = List.copyOf(reprints);
  }

  /** How many times the original was reprinted. */
  public int reprintCount() {
    return reprints.size();
  }
}
