package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates of an issue from the stored judgements of a period's cluster originals: scored by
 * relevance, outlet authority, reprint count and freshness, then diversified by maximal marginal
 * relevance over their topics so that the top of the list is not one topic four times.
 */
public final class CandidateRanker {
  /**
   * One reprint cluster, shown by its original, with the stored judgement.
   *
   * @param article the original (its head: the body is not read for ranking)
   * @param analysis its stored analysis
   * @param authority its outlet's authority
   * @param reprints the ids of the cluster's other members
   * @param day the day it appeared
   */
  public record Entry(
      StoredArticle article,
      Analysis analysis,
      double authority,
      List<Long> reprints,
      Optional<LocalDate> day) {
    public Entry {
      reprints = List.copyOf(reprints);
    }
  }

  /** A feature moves a candidate in its explanation when its part is at least this large. */
  static final double MOVED = 0.01;

  private final OutletAuthority authority;
  private final RankWeights weights;
  private final PickModel model;
  private final SeriesScope scope;
  private final RecentTopics recent;

  /** The standard pick model in a national series. */
  public CandidateRanker(OutletAuthority authority, RankWeights weights) {
    this(authority, weights, PickModel.standard(), SeriesScope.national());
  }

  /**
   * @param model what the score weighs (its topic profile included)
   * @param scope the series' scope: its region's articles rank above equal national ones
   */
  public CandidateRanker(
      OutletAuthority authority, RankWeights weights, PickModel model, SeriesScope scope) {
    this(authority, weights, model, scope, RecentTopics.none());
  }

  /**
   * @param recent the topics the series carried in its latest issues
   */
  public CandidateRanker(
      OutletAuthority authority,
      RankWeights weights,
      PickModel model,
      SeriesScope scope,
      RecentTopics recent) {
    this.authority = authority;
    this.weights = weights;
    this.model = model;
    this.scope = scope;
    this.recent = recent;
  }

  /** The ranked candidates among {@code entries} for {@code period}, best first. */
  public List<Candidate> rank(List<Entry> entries, Period period) {
    PickFeaturizer featurizer = new PickFeaturizer(authority, scope, model.topics(), recent);
    List<Scored> scored = new ArrayList<>();
    for (Entry e : entries) {
      if (e.analysis().relevance().score() < weights.minRelevance()) {
        continue;
      }
      PickFeatures x = featurizer.features(e, period);
      scored.add(new Scored(e, model.score(x), x));
    }
    FeatureMeans means = FeatureMeans.of(scored.stream().map(Scored::features).toList());
    return diversify(scored, means);
  }

  /** The features of the candidates among {@code entries} (those relevant enough), in order. */
  public List<PickFeatures> features(List<Entry> entries, Period period) {
    PickFeaturizer featurizer = new PickFeaturizer(authority, scope, model.topics(), recent);
    return entries.stream()
        .filter(e -> e.analysis().relevance().score() >= weights.minRelevance())
        .map(e -> featurizer.features(e, period))
        .toList();
  }

  /**
   * Maximal marginal relevance: each pick maximises λ·score − (1−λ)·(its greatest topic similarity
   * to the rows already picked). Each row's greatest similarity is kept and updated against the new
   * pick only, so a pool of n rows costs n² similarities, not n³.
   */
  private List<Candidate> diversify(List<Scored> pool, FeatureMeans means) {
    int n = pool.size();
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Scored s : pool) {
      vectors.add(Topics.unitVector(s.entry().analysis()));
    }
    double[] maxSim = new double[n];
    boolean[] taken = new boolean[n];
    List<Candidate> out = new ArrayList<>(n);
    for (int step = 0; step < n; step++) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        double value = weights.lambda() * pool.get(i).score() - (1 - weights.lambda()) * maxSim[i];
        if (value > bestValue || value == bestValue && pool.get(i).id() < pool.get(best).id()) {
          best = i;
          bestValue = value;
        }
      }
      taken[best] = true;
      Scored chosen = pool.get(best);
      Entry e = chosen.entry();
      out.add(
          new Candidate(
              out.size() + 1,
              e.article(),
              e.analysis(),
              round(chosen.score()),
              e.authority(),
              e.reprints(),
              round(chosen.features().freshness()),
              explain(chosen, maxSim[best], means)));
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          maxSim[i] = Math.max(maxSim[i], Topics.dot(vectors.get(i), vectors.get(best)));
        }
      }
    }
    return out;
  }

  private String explain(Scored s, double similarity, FeatureMeans means) {
    Entry e = s.entry();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "相关度%.2f", e.analysis().relevance().score()));
    Optional<TopicScore> top = e.analysis().relevance().topics().stream().findFirst();
    top.ifPresent(
        t ->
            b.append("（")
                .append(t.name())
                .append("：")
                .append(String.join("、", t.terms().subList(0, Math.min(3, t.terms().size()))))
                .append("）"));
    String outlet = e.article().article().outlet();
    b.append("；").append(authority.label(outlet));
    b.append(outlet.isBlank() ? "" : "（" + outlet + "）");
    if (!e.reprints().isEmpty()) {
      b.append("；转载").append(e.reprints().size()).append("次");
    }
    e.day().ifPresent(d -> b.append("；").append(d));
    SeriesScope.Match region = s.features().region();
    if (region.level() > 0) {
      b.append("；")
          .append(region.reason())
          .append("，本刊范围为")
          .append(scope.region())
          .append("，同等条件下优先于全国性报道");
    }
    List<PickModel.Contribution> moved = model.moved(s.features(), means, MOVED);
    if (!moved.isEmpty()) {
      b.append("；主要因素（较本期候选平均）：");
      for (int i = 0; i < Math.min(3, moved.size()); i++) {
        PickModel.Contribution c = moved.get(i);
        b.append(i == 0 ? "" : "、")
            .append(label(c.feature(), s.features()))
            .append(c.value() > 0 ? "↑" : "↓")
            .append(String.format(Locale.ROOT, "%.2f", Math.abs(c.value())));
      }
    }
    if (similarity > 0.5) {
      b.append(String.format(Locale.ROOT, "；与前列条目主题相近（%.2f），已后移", similarity));
    }
    return b.toString();
  }

  /** A feature's word; the kind feature says which kind the article is. */
  private static String label(PickFeature f, PickFeatures x) {
    return f == PickFeature.KIND ? x.kind().label() : f.label();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private record Scored(Entry entry, double score, PickFeatures features) {
    long id() {
      return entry.article().id();
    }
  }
}
