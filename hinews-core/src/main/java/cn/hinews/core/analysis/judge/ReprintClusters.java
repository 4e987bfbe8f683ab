package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.cluster.LshClusterer;
import cn.hinews.core.store.BandMatch;
import cn.hinews.core.store.Judgement;
import cn.hinews.core.store.Session;
import cn.hinews.core.store.StoredJudgement;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reprint clusters kept incrementally: a new judgement looks its signature's LSH bands up among the
 * stored ones (within {@link #WINDOW_DAYS} days), joins the cluster of every stored article similar
 * enough (merging clusters it bridges), and the cluster's original and size follow from its members
 * (the earliest, then the most authoritative outlet). The caller holds the cluster lock.
 */
final class ReprintClusters {
  /** Reprints appear within days; a text published a month apart is a story of its own. */
  static final int WINDOW_DAYS = 30;

  private final LshClusterer lsh;

  ReprintClusters(LshClusterer lsh) {
    this.lsh = lsh;
  }

  /**
   * Stores the judgement as a member of its cluster; returns the cluster's id. The members of
   * clusters it merges are marked moved {@code now} (under the cluster lock, just before the
   * commit: the search index's catch-up looks back from its last run).
   */
  long store(Session s, Judgement j, Optional<StoredJudgement> previous, java.time.Instant now) {
    long target;
    if (previous.isPresent() && previous.get().revision() == j.revision()) {
      // a re-score: the text, and so the cluster, are unchanged
      target = previous.get().clusterId();
    } else if (j.signature().isEmpty()) {
      target = j.articleId();
    } else {
      int[] sig = j.signature().get().values();
      TreeSet<Long> clusters = new TreeSet<>();
      for (BandMatch m :
          s.judgements()
              .matches(
                  j.bandKeys(),
                  j.articleId(),
                  j.publishedAt().map(LocalDateTime::toLocalDate),
                  WINDOW_DAYS)) {
        if (lsh.similar(sig, m.signature().values())) {
          clusters.add(m.clusterId());
        }
      }
      target = clusters.isEmpty() ? j.articleId() : clusters.first();
      for (long c : clusters) {
        if (c != target) {
          s.judgements().moveCluster(c, target, now);
        }
      }
    }
    s.judgements().save(j, target, previous.isPresent());
    s.judgements().refreshCluster(target);
    if (previous.isPresent() && previous.get().clusterId() != target) {
      s.judgements().refreshCluster(previous.get().clusterId());
    }
    return target;
  }
}
