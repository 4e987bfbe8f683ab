package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.domain.StoredArticle;
import java.util.List;
import java.util.Objects;

/**
 * One row of an issue's candidate list: a reprint cluster, shown by its original.
 *
 * @param rank 1-based position after diversification
 * @param article the cluster's original
 * @param analysis the original's analysis
 * @param score 0..1, the weighted sum of the parts below
 * @param authority 0..1, the outlet's authority
 * @param reprints the ids of the cluster's reprints
 * @param freshness 0..1, later in the period is fresher
 * @param explanation why it ranks here, in Chinese, for the editor
 */
public record Candidate(
    int rank,
    StoredArticle article,
    Analysis analysis,
    double score,
    double authority,
    List<Long> reprints,
    double freshness,
    String explanation) {
  public Candidate {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(analysis, "analysis");
    reprints = List.copyOf(reprints);
  }
}
