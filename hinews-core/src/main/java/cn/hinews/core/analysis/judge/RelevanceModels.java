package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.RelevanceTraining;
import cn.hinews.core.analysis.relevance.Taxonomy;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.store.DecisionRepository.Decision;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.Store;
import cn.hinews.core.text.Digests;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The versions of the relevance model. A version is fixed by what trained it (the taxonomy, the
 * published items, the rejections): {@link #refresh} compares that fingerprint with the latest
 * version and, when the editors' decisions changed, trains the naive Bayes again and stores the
 * next version. Training never happens on a page view: the analysis stage calls {@code refresh} in
 * the background. Thread-safe.
 */
public final class RelevanceModels {
  /** The model in use: its version and the analyzer that scores with it. */
  public record Current(ModelVersion version, ArticleAnalyzer analyzer) {}

  private final Store store;
  private final ChineseNlp nlp;
  private final Supplier<Taxonomy> taxonomy;
  private final Clock clock;
  private Current current;

  public RelevanceModels(Store store, ChineseNlp nlp, Supplier<Taxonomy> taxonomy, Clock clock) {
    this.store = store;
    this.nlp = nlp;
    this.taxonomy = taxonomy;
    this.clock = clock;
  }

  /** The model in use (made or loaded on first use). */
  public synchronized Current current() {
    if (current == null) {
      refresh();
    }
    return current;
  }

  /** The latest stored version, without training anything (for status displays). */
  public Optional<ModelVersion> latestStored() {
    return store.read(s -> s.models().latest());
  }

  /**
   * Trains and stores a new version when the training examples or the taxonomy changed since the
   * model in use; returns the new version, or empty when nothing changed.
   */
  public synchronized Optional<ModelVersion> refresh() {
    Taxonomy tax = taxonomy.get();
    List<Long> negatives = store.read(s -> s.decisions().articlesDecided(Decision.REJECTED));
    List<Long> published = store.read(s -> s.decisions().publishedItemArticles());
    TreeSet<Long> positives = new TreeSet<>(published);
    positives.removeAll(negatives);
    boolean trainable =
        positives.size() >= RelevanceTraining.MIN_EACH
            && negatives.size() >= RelevanceTraining.MIN_EACH;
    // without a model only the taxonomy counts: more examples below the minimum change nothing
    String fingerprint =
        Digests.sha256(
            tax
                + "\n"
                + (trainable ? positives + "\n" + new TreeSet<>(negatives) : "taxonomy alone"));
    if (current != null && current.version().fingerprint().equals(fingerprint)) {
      return Optional.empty();
    }
    Optional<ModelVersion> latest = latestStored();
    ArticleAnalyzer analyzer =
        ArticleAnalyzer.trained(
            trainable ? RelevanceTraining.fromStore(store, nlp) : RelevanceTraining.none(),
            nlp,
            tax);
    if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
      current = new Current(latest.get(), analyzer);
      return Optional.empty();
    }
    ModelVersion next = null;
    int number = latest.map(ModelVersion::version).orElse(0) + 1;
    while (next == null) {
      ModelVersion candidate =
          new ModelVersion(
              number, fingerprint, positives.size(), negatives.size(), trainable, clock.instant());
      if (store.inTransaction(s -> s.models().insert(candidate))) {
        next = candidate;
      } else {
        number++;
      }
    }
    current = new Current(next, analyzer);
    return Optional.of(next);
  }
}
