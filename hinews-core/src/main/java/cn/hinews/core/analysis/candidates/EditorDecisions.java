package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What editors decide about candidates, whichever door they use (the inbox, {@code candidates
 * --reject}): a rejection takes the article out of the series' candidates at once, can be undone,
 * is audited in its own transaction, and retrains the relevance model in the background.
 */
public final class EditorDecisions {
  private final Store store;
  private final AnalysisStage analysis;
  private final Clock clock;

  public EditorDecisions(Store store, AnalysisStage analysis, Clock clock) {
    this.store = store;
    this.analysis = analysis;
    this.clock = clock;
  }

  /** Rejects a stored article for a series; the article, or empty when no such article exists. */
  public Optional<StoredArticle> reject(String series, long articleId, String actor) {
    Optional<StoredArticle> article =
        store.inTransaction(
            s -> {
              Optional<StoredArticle> a =
                  s.articles().heads(List.of(articleId)).values().stream().findFirst();
              if (a.isPresent()) {
                s.decisions().decide(articleId, series, Decision.REJECTED, clock.instant());
                s.users()
                    .audit(
                        AuditEntry.of(
                            clock.instant(),
                            actor,
                            AuditAction.REJECT,
                            series,
                            "article " + articleId + " " + a.get().article().title()));
              }
              return a;
            });
    article.ifPresent(a -> analysis.decisionsChanged());
    return article;
  }

  /** Takes a rejection back: the article is a candidate again; false when it was not rejected. */
  public boolean undoReject(String series, long articleId, String actor) {
    boolean undone =
        store.inTransaction(
            s -> {
              boolean was = s.decisions().undo(articleId, series);
              if (was) {
                s.users()
                    .audit(
                        AuditEntry.of(
                            clock.instant(),
                            actor,
                            AuditAction.REJECT_UNDONE,
                            series,
                            "article " + articleId));
              }
              return was;
            });
    if (undone) {
      analysis.decisionsChanged();
    }
    return undone;
  }

  /** The articles rejected for a series, latest first (at most {@code limit}). */
  public List<StoredArticle> rejected(String series, int limit) {
    return store.read(
        s -> {
          List<Long> ids = s.decisions().decided(series, Decision.REJECTED);
          List<Long> first = ids.subList(0, Math.min(limit, ids.size()));
          Map<Long, StoredArticle> heads = s.articles().heads(first);
          return first.stream().map(heads::get).filter(h -> h != null).toList();
        });
  }
}
