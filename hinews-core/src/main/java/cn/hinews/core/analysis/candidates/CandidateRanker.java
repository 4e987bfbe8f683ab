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
          sim = Math.max(sim, Topics.similarity(s.entry().analysis(), c.entry().analysis()));
        }
        double value = weights.lambda() * s.score() - (1 - weights.lambda()) * sim;
        if (value > bestValue || value == bestValue && s.id() < best.id()) {
          best = s;
          bestValue = value;
          bestSimilarity = sim;
        }
      }
      left.remove(best);
      chosen.add(best);
      Entry e = best.entry();
      out.add(
          new Candidate(
              out.size() + 1,
              e.article(),
              e.analysis(),
              round(best.score()),
              e.authority(),
              e.reprints(),
              round(best.freshness()),
              explain(best, bestSimilarity)));
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
