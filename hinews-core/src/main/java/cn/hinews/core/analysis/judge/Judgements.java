package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.StoredJudgement;
import java.util.List;
import java.util.Optional;

/** Reads what the analysis stage stored about an article: the one judgement every screen shows. */
public final class Judgements {
  /**
   * An article's stored judgement.
   *
   * @param stored the stored row: model version, relevance, cluster, original, members
   * @param analysis the whole analysis
   * @param reprints the other members of its reprint cluster, original first
   */
  public record ArticleJudgement(StoredJudgement stored, Analysis analysis, List<Long> reprints) {
    public ArticleJudgement {
      reprints = List.copyOf(reprints);
    }

    /** True when this article is its cluster's original. */
    public boolean original() {
      return stored.originalId() == stored.articleId();
    }
  }

  private final Store store;
  private final AnalysisDocument documents = new AnalysisDocument();

  public Judgements(Store store) {
    this.store = store;
  }

  /** The judgement of an article, or empty while it waits for its analysis. */
  public Optional<ArticleJudgement> of(long articleId) {
    return store.read(
        s ->
            s.judgements()
                .find(articleId)
                .map(
                    j ->
                        new ArticleJudgement(
                            j,
                            documents.read(j.document()),
                            s.judgements().clusterMembers(j.clusterId()).stream()
                                .filter(id -> id != articleId)
                                .toList())));
  }
}
