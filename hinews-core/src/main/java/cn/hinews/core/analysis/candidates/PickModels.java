package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Series;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.IssueSummary;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.PickModelRow;
import cn.hinews.core.store.Store;
import cn.hinews.core.text.Digests;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The versions of the pick model, retrained with the relevance model: a version is fixed by the
 * relevance model version it follows, the published items, the features and the series' scopes.
 * Training reads, for the latest published issues of each series, the items against the other
 * candidates of their period; it runs in the background after the relevance model's check, never on
 * a page view. Thread-safe.
 */
public final class PickModels {
  /** Published issues per series that train the model at most (the latest). */
  static final int ISSUES = 52;

  private final Store store;
  private final Supplier<Collection<Series>> series;
  private final Supplier<SourceRegistry> sources;
  private final CandidateService candidates;
  private final Clock clock;
  private volatile PickModel current;

  public PickModels(
      Store store,
      Supplier<Collection<Series>> series,
      Supplier<SourceRegistry> sources,
      CandidateService candidates,
      Clock clock) {
    this.store = store;
    this.series = series;
    this.sources = sources;
    this.candidates = candidates;
    this.clock = clock;
  }

  /** The model in use: the latest stored version, or the standard weights when none is stored. */
  public PickModel current() {
    PickModel m = current;
    if (m == null) {
      m =
          store
              .read(s -> s.pickModels().latest())
              .map(PickModels::model)
              .orElse(PickModel.standard());
      current = m;
    }
    return m;
  }

  /**
   * Trains and stores a new version when the relevance model in use or the series' scopes changed
   * since the latest version; the new version, or empty when nothing changed.
   */
  public synchronized Optional<PickModelRow> refresh(ModelVersion relevance) {
    String fingerprint =
        Digests.sha256(
            "pick model 1\n"
                + Arrays.toString(PickFeature.values())
                + "\n"
                + relevance.fingerprint()
                + "\n"
                + series.get().stream().map(s -> s.id() + ":" + s.region()).sorted().toList()
                + "\n"
                // the relevance model's fingerprint leaves the published items out while it has
                // too few examples to train: a publication must retrain the pick model all the same
                + store.read(s -> s.decisions().publishedItemArticles()));
    Optional<PickModelRow> latest = store.read(s -> s.pickModels().latest());
    if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
      current = model(latest.get());
      return Optional.empty();
    }
    List<PickTrainer.Examples> examples = new ArrayList<>();
    PickModel model = train(examples);
    int number = latest.map(PickModelRow::version).orElse(0) + 1;
    while (true) {
      PickModelRow row =
          new PickModelRow(
              number,
              fingerprint,
              relevance.version(),
              model.trainedOn(),
              (int) examples.stream().filter(e -> !e.picked().isEmpty()).count(),
              model.weightsText(),
              model.topicsText(),
              clock.instant());
      if (store.inTransaction(s -> s.pickModels().insert(row))) {
        current = model;
        return Optional.of(row);
      }
      number++;
    }
  }

  /** Trains on the latest published issues of every series; fills {@code examples}. */
  private PickModel train(List<PickTrainer.Examples> examples) {
    List<IssuePeriod> periods = new ArrayList<>();
    for (Series s : series.get()) {
      List<IssueSummary> published =
          store.read(x -> x.issues().list(Optional.of(s.id()))).stream()
              .filter(i -> i.status() == IssueStatus.PUBLISHED)
              .limit(ISSUES)
              .toList();
      for (IssueSummary i : published) {
        Optional<Issue> issue = store.read(x -> x.issues().findPublished(s.id(), i.number()));
        issue.ifPresent(is -> periods.add(period(s, is)));
      }
    }
    List<Analysis> picked =
        periods.stream()
            .flatMap(p -> p.picked().stream())
            .map(CandidateRanker.Entry::analysis)
            .toList();
    Map<String, Double> profile = PickTrainer.topicProfile(picked);
    OutletAuthority outlets = new OutletAuthority(sources.get());
    PickModel featuring = new PickModel(PickModel.standard().weights(), profile, 0);
    for (IssuePeriod p : periods) {
      CandidateRanker r =
          new CandidateRanker(
              outlets,
              RankWeights.standard(),
              featuring,
              SeriesScope.of(p.series()),
              candidates.recent(p.series().id(), p.issue().period()));
      examples.add(
          new PickTrainer.Examples(
              r.features(p.picked(), p.issue().period()),
              r.features(p.others(), p.issue().period())));
    }
    return PickTrainer.standard().train(examples, profile);
  }

  /** One published issue's period: its items among the candidates, and the rest. */
  private record IssuePeriod(
      Series series,
      Issue issue,
      List<CandidateRanker.Entry> picked,
      List<CandidateRanker.Entry> others) {}

  private IssuePeriod period(Series s, Issue issue) {
    Set<Long> items = issue.items().stream().map(IssueItem::articleId).collect(Collectors.toSet());
    List<CandidateRanker.Entry> picked = new ArrayList<>();
    List<CandidateRanker.Entry> others = new ArrayList<>();
    for (CandidateRanker.Entry e : candidates.entries(s.id(), issue.period(), true)) {
      boolean pick =
          items.contains(e.article().id()) || e.reprints().stream().anyMatch(items::contains);
      (pick ? picked : others).add(e);
    }
    return new IssuePeriod(s, issue, picked, others);
  }

  private static PickModel model(PickModelRow row) {
    return PickModel.read(row.weights(), row.topics(), row.picks());
  }
}
