package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.judge.AnalysisDocument;
import cn.hinews.core.domain.IssueItem;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.IssueSummary;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.JudgementRepository.RankQuery;
import cn.hinews.core.store.ModelVersion;
import cn.hinews.core.store.QueueDepth;
import cn.hinews.core.store.RankRow;
import cn.hinews.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The candidates of an issue, read from the stored judgements: the cluster originals published in
 * the period (less those the series already carried, unless asked, and those its editors rejected),
 * the best few hundred by their stored scores, then ranked and diversified; with the period's hot
 * words. Nothing is analysed here. Used by {@code hinews candidates}, the inbox and the automatic
 * drafts.
 */
public final class CandidateService {
  /** How many cluster originals the ranking reads at most: the first cut by stored score. */
  static final int POOL = 300;

  /**
   * One ranking.
   *
   * @param candidates best first
   * @param judged articles of the period with a stored judgement
   * @param model the relevance model version in use, if any was made yet
   * @param queue articles still waiting for their judgement (a re-score among them)
   * @param hotWords the period's most shared keywords of relevant articles
   */
  public record Ranking(
      List<Candidate> candidates,
      int judged,
      Optional<ModelVersion> model,
      QueueDepth queue,
      List<Map.Entry<String, Integer>> hotWords) {}

  /**
   * What an automatic draft takes: the series' usual number of candidates from the top (already
   * diversified), and the few just below the line for the inbox to show beside them.
   *
   * @param top the proposed items, best first
   * @param belowTheLine the next candidates, best first
   */
  public record Proposal(List<Candidate> top, List<Candidate> belowTheLine) {
    public Proposal {
      top = List.copyOf(top);
      belowTheLine = List.copyOf(belowTheLine);
    }
  }

  /** How many candidates below the line a proposal shows. */
  public static final int BELOW_THE_LINE = 4;

  private final Store store;
  private final Supplier<SourceRegistry> sources;
  private final AnalysisDocument documents = new AnalysisDocument();
  private final RankWeights weights = RankWeights.standard();
  private final Clock clock;
  private final Function<String, SeriesScope> scopes;
  private final Supplier<PickModel> picks;

  /** Every series national, the standard pick model. */
  public CandidateService(Store store, Supplier<SourceRegistry> sources, Clock clock) {
    this(store, sources, clock, series -> SeriesScope.national(), PickModel::standard);
  }

  /**
   * @param scopes each series' scope, by series id
   * @param picks the pick model in use (read, never trained, here)
   */
  public CandidateService(
      Store store,
      Supplier<SourceRegistry> sources,
      Clock clock,
      Function<String, SeriesScope> scopes,
      Supplier<PickModel> picks) {
    this.store = store;
    this.sources = sources;
    this.clock = clock;
    this.scopes = scopes;
    this.picks = picks;
  }

  /** The series' usual {@code items} from the top of its ranking, and the few below the line. */
  public Proposal propose(String series, Period period, int items) {
    List<Candidate> all = rank(series, period, false).candidates();
    int k = Math.min(items, all.size());
    return new Proposal(
        all.subList(0, k), all.subList(k, Math.min(all.size(), k + BELOW_THE_LINE)));
  }

  public Ranking rank(String series, Period period, boolean includeUsed) {
    List<CandidateRanker.Entry> entries = entries(series, period, includeUsed);
    List<Candidate> ranked =
        new CandidateRanker(
                new OutletAuthority(sources.get()),
                weights,
                picks.get(),
                scopes.apply(series),
                recent(series, period))
            .rank(entries, period);
    List<Map.Entry<String, Integer>> hot =
        store
            .read(
                s ->
                    s.judgements()
                        .termCounts(
                            TermKind.KEYWORD,
                            period.from(),
                            period.to(),
                            weights.minRelevance(),
                            12))
            .stream()
            .map(c -> Map.entry(c.key(), c.count()))
            .toList();
    return new Ranking(
        ranked,
        store.read(s -> s.judgements().count(period.from(), period.to())),
        store.read(s -> s.models().latest()),
        store.read(s -> s.analysisQueue().depth(clock.instant())),
        hot);
  }

  /**
   * The topics of the items of the series' latest {@link RecentTopics#ISSUES} published issues
   * whose period ended before {@code period} began.
   */
  RecentTopics recent(String series, Period period) {
    return store.read(
        s -> {
          List<Long> items =
              s.issues().list(Optional.of(series)).stream()
                  .filter(i -> i.status() == IssueStatus.PUBLISHED)
                  .filter(i -> i.period().to().isBefore(period.from()))
                  .sorted(Comparator.comparing((IssueSummary i) -> i.period().to()).reversed())
                  .limit(RecentTopics.ISSUES)
                  .flatMap(i -> s.issues().findPublished(series, i.number()).stream())
                  .flatMap(i -> i.items().stream())
                  .map(IssueItem::articleId)
                  .toList();
          return RecentTopics.of(
              s.judgements().findAll(items).values().stream()
                  .map(j -> documents.read(j.document()))
                  .toList());
        });
  }

  /**
   * The cluster originals of a period as the ranking reads them (the first cut by stored score),
   * with their reprints; those the series carried too when {@code includeUsed}.
   */
  List<CandidateRanker.Entry> entries(String series, Period period, boolean includeUsed) {
    List<RankRow> rows =
        store.read(
            s ->
                s.judgements()
                    .topOriginals(
                        new RankQuery(
                            period.from(),
                            period.to(),
                            series,
                            includeUsed,
                            weights.minRelevance(),
                            POOL)));
    List<Long> ids = rows.stream().map(RankRow::articleId).toList();
    List<Long> clustered =
        rows.stream().filter(r -> r.members() > 1).map(RankRow::clusterId).toList();
    Map<Long, StoredArticle> heads = store.read(s -> s.articles().heads(ids));
    Map<Long, List<Long>> members = store.read(s -> s.judgements().clusterMembers(clustered));
    List<CandidateRanker.Entry> entries = new ArrayList<>(rows.size());
    for (RankRow r : rows) {
      StoredArticle head = heads.get(r.articleId());
      if (head == null) {
        continue;
      }
      List<Long> reprints =
          members.getOrDefault(r.clusterId(), List.of()).stream()
              .filter(id -> id != r.articleId())
              .toList();
      entries.add(
          new CandidateRanker.Entry(
              head, documents.read(r.document()), r.authority(), reprints, r.day()));
    }
    return entries;
  }
}
