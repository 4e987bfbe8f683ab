package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

  private final OutletAuthority authority;
  private final RankWeights weights;

  public CandidateRanker(OutletAuthority authority, RankWeights weights) {
    this.authority = authority;
    this.weights = weights;
  }

  /** The ranked candidates among {@code entries} for {@code period}, best first. */
  public List<Candidate> rank(List<Entry> entries, Period period) {
    List<Scored> scored = new ArrayList<>();
    for (Entry e : entries) {
      double relevance = e.analysis().relevance().score();
      if (relevance < weights.minRelevance()) {
        continue;
      }
      double fresh = freshness(e.day(), period);
      double reprintSignal = 1 - 1.0 / (1 + e.reprints().size());
      double score =
          weights.relevance() * relevance
              + weights.authority() * e.authority()
              + weights.reprints() * reprintSignal
              + weights.freshness() * fresh;
      scored.add(new Scored(e, score, fresh));
    }
    return diversify(scored);
  }

  /**
   * Maximal marginal relevance: each pick maximises λ·score − (1−λ)·(its greatest topic similarity
   * to the rows already picked). Each row's greatest similarity is kept and updated against the new
   * pick only, so a pool of n rows costs n² similarities, not n³.
   */
  private List<Candidate> diversify(List<Scored> pool) {
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
              round(chosen.freshness()),
              explain(chosen, maxSim[best])));
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          maxSim[i] = Math.max(maxSim[i], Topics.dot(vectors.get(i), vectors.get(best)));
        }
      }
    }
    return out;
  }

  private String explain(Scored s, double similarity) {
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
    if (similarity > 0.5) {
      b.append(String.format(Locale.ROOT, "；与前列条目主题相近（%.2f），已后移", similarity));
    }
    return b.toString();
  }

  private static double freshness(Optional<LocalDate> day, Period period) {
    long days = ChronoUnit.DAYS.between(period.from(), period.to());
    return day.map(
            d -> {
              long at = ChronoUnit.DAYS.between(period.from(), d);
              return days <= 0 ? 1.0 : Math.max(0, Math.min(1, (double) at / days));
            })
        .orElse(0.5);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private record Scored(Entry entry, double score, double freshness) {
    long id() {
      return entry.article().id();
    }
  }
}
