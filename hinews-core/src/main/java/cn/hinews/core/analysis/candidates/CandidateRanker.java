package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.cluster.ReprintCluster;
import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The candidates of an issue: a period's articles analysed, grouped into reprint clusters (one row
 * per cluster, shown by its original), scored by relevance, outlet authority, reprint count and
 * freshness, then diversified by maximal marginal relevance over their topics so that the top of
 * the list is not one topic four times.
 */
public final class CandidateRanker {
  private final ArticleAnalyzer analyzer;
  private final ReprintDetector reprints;
  private final OutletAuthority authority;
  private final RankWeights weights;

  public CandidateRanker(
      ArticleAnalyzer analyzer,
      ReprintDetector reprints,
      OutletAuthority authority,
      RankWeights weights) {
    this.analyzer = analyzer;
    this.reprints = reprints;
    this.authority = authority;
    this.weights = weights;
  }

  /** The ranked candidates among {@code articles} for {@code period}, best first. */
  public List<Candidate> rank(List<StoredArticle> articles, Period period) {
    Map<Long, StoredArticle> byId = new HashMap<>();
    List<ReprintDetector.Item> items = new ArrayList<>();
    for (StoredArticle a : articles) {
      byId.put(a.id(), a);
      items.add(
          new ReprintDetector.Item(
              a.id(),
              ArticleText.of(a.article()).body(),
              a.article().published().map(PublishTime::value),
              authority.of(a.article().outlet())));
    }
    List<Scored> scored = new ArrayList<>();
    for (ReprintCluster c : reprints.clusters(items)) {
      StoredArticle original = byId.get(c.original());
      Analysis analysis = analyzer.analyze(ArticleText.of(original.article()));
      double relevance = analysis.relevance().score();
      if (relevance < weights.minRelevance()) {
        continue;
      }
      double auth = authority.of(original.article().outlet());
      double fresh = freshness(original, period);
      double reprintSignal = 1 - 1.0 / (1 + c.reprintCount());
      double score =
          weights.relevance() * relevance
              + weights.authority() * auth
              + weights.reprints() * reprintSignal
              + weights.freshness() * fresh;
      scored.add(new Scored(original, analysis, score, auth, c.reprints(), fresh));
    }
    return diversify(scored);
  }

  private List<Candidate> diversify(List<Scored> pool) {
    List<Scored> left = new ArrayList<>(pool);
    List<Candidate> out = new ArrayList<>();
    List<Scored> chosen = new ArrayList<>();
    while (!left.isEmpty()) {
      Scored best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      double bestSimilarity = 0;
      for (Scored s : left) {
        double sim = 0;
        for (Scored c : chosen) {
          sim = Math.max(sim, Topics.similarity(s.analysis(), c.analysis()));
        }
        double value = weights.lambda() * s.score() - (1 - weights.lambda()) * sim;
        if (value > bestValue || value == bestValue && s.article().id() < best.article().id()) {
          best = s;
          bestValue = value;
          bestSimilarity = sim;
        }
      }
      left.remove(best);
      chosen.add(best);
      out.add(
          new Candidate(
              out.size() + 1,
              best.article(),
              best.analysis(),
              round(best.score()),
              best.authority(),
              best.reprints(),
              round(best.freshness()),
              explain(best, bestSimilarity)));
    }
    return out;
  }

  private String explain(Scored s, double similarity) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "相关度%.2f", s.analysis().relevance().score()));
    Optional<TopicScore> top = s.analysis().relevance().topics().stream().findFirst();
    top.ifPresent(
        t ->
            b.append("（")
                .append(t.name())
                .append("：")
                .append(String.join("、", t.terms().subList(0, Math.min(3, t.terms().size()))))
                .append("）"));
    b.append("；").append(authority.label(s.article().article().outlet()));
    b.append(
        s.article().article().outlet().isBlank() ? "" : "（" + s.article().article().outlet() + "）");
    if (!s.reprints().isEmpty()) {
      b.append("；转载").append(s.reprints().size()).append("次");
    }
    s.article().article().published().ifPresent(p -> b.append("；").append(p.date()));
    if (similarity > 0.5) {
      b.append(String.format(Locale.ROOT, "；与前列条目主题相近（%.2f），已后移", similarity));
    }
    return b.toString();
  }

  private static double freshness(StoredArticle a, Period period) {
    long days = ChronoUnit.DAYS.between(period.from(), period.to());
    return a.article()
        .published()
        .map(
            p -> {
              long at = ChronoUnit.DAYS.between(period.from(), p.date());
              return days <= 0 ? 1.0 : Math.max(0, Math.min(1, (double) at / days));
            })
        .orElse(0.5);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private record Scored(
      StoredArticle article,
      Analysis analysis,
      double score,
      double authority,
      List<Long> reprints,
      double freshness) {}
}
