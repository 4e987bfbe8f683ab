package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.relevance.EvalSet.Doc;
import cn.hinews.core.analysis.relevance.EvalSet.Label;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.analysis.text.Token;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the evaluation set with the taxonomy, the naive Bayes model and their blend, and measures
 * ROC-AUC, precision at k and where each positive ranks. The model is only ever scored on texts it
 * was not trained on: k-fold cross-validation by group (a negative file's passages share a fold);
 * the middle class is never trained on.
 */
public final class RelevanceEvaluation {
  /** Where a positive ranks among all scored texts and the share of negatives below it. */
  public record PositiveRank(String id, double score, int rank, double negativesBelow) {}

  /** The figures of one scorer. */
  public record Result(
      String scorer,
      double auc,
      double aucAgainstMiddle,
      Map<Integer, Double> precisionAtK,
      List<PositiveRank> positives,
      double worstNegativesBelow,
      double meanPositive,
      double meanMiddle,
      double meanNegative,
      double maxNegative) {}

  private final List<Doc> docs;
  private final List<ArticleText> texts;
  private final List<List<Token>> tokens;
  private final Taxonomy taxonomy;

  public RelevanceEvaluation(List<Doc> docs, ChineseNlp nlp, Taxonomy taxonomy) {
    this.docs = List.copyOf(docs);
    this.taxonomy = taxonomy;
    this.texts = docs.stream().map(d -> d.text().normalized(nlp)).toList();
    this.tokens = texts.stream().map(t -> nlp.tokens(t.title() + "\n" + t.body())).toList();
  }

  /** The taxonomy alone (nothing learned: no cross-validation needed). */
  public Result taxonomy() {
    RelevanceScorer scorer = RelevanceScorer.taxonomy(taxonomy);
    double[] s = new double[docs.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = scorer.score(texts.get(i), tokens.get(i)).score();
    }
    return measure("taxonomy", s);
  }

  /**
   * The learned model blended with weight {@code modelWeight} (1 = the model alone), each text
   * scored by a model trained on the other folds.
   */
  public Result crossValidated(double modelWeight, int folds) {
    return crossValidated("naive Bayes", NaiveBayes::train, modelWeight, folds);
  }

  /** Lucene's SimpleNaiveBayesClassifier in place of ours. */
  public Result luceneNaiveBayes(double modelWeight, int folds) {
    return crossValidated(
        "Lucene SimpleNaiveBayes", LuceneClassifiers::naiveBayes, modelWeight, folds);
  }

  /** Lucene's KNearestNeighborClassifier (k = 5) in place of ours. */
  public Result luceneNearestNeighbours(double modelWeight, int folds) {
    return crossValidated(
        "Lucene kNN (k = 5)", LuceneClassifiers::nearestNeighbours, modelWeight, folds);
  }

  private Result crossValidated(
      String model,
      java.util.function.BiFunction<List<List<Token>>, List<List<Token>>, TextClassifier> trainer,
      double modelWeight,
      int folds) {
    Map<String, Integer> foldOf = folds(folds);
    double[] s = new double[docs.size()];
    for (int f = 0; f < folds; f++) {
      List<List<Token>> pos = new ArrayList<>();
      List<List<Token>> neg = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        if (foldOf.get(d.group()) != f && d.label() != Label.MIDDLE) {
          (d.label() == Label.POSITIVE ? pos : neg).add(tokens.get(i));
        }
      }
      RelevanceScorer scorer =
          RelevanceScorer.combined(taxonomy, trainer.apply(pos, neg), modelWeight);
      for (int i = 0; i < docs.size(); i++) {
        if (foldOf.get(docs.get(i).group()) == f) {
          s[i] = scorer.score(texts.get(i), tokens.get(i)).score();
        }
      }
    }
    String name =
        modelWeight >= 1
            ? model + ", " + folds + "-fold CV"
            : String.format(
                Locale.ROOT, "taxonomy + %.2f × %s, %d-fold CV", modelWeight, model, folds);
    return measure(name, s);
  }

  /**
   * The blend with a model trained on {@code training} (texts of another set: nothing of this set
   * is trained on), for a held-out check.
   */
  public Result trainedOn(List<Doc> training, ChineseNlp nlp, double modelWeight) {
    List<List<Token>> pos = new ArrayList<>();
    List<List<Token>> neg = new ArrayList<>();
    for (Doc d : training) {
      if (d.label() != Label.MIDDLE) {
        ArticleText t = d.text().normalized(nlp);
        (d.label() == Label.POSITIVE ? pos : neg).add(nlp.tokens(t.title() + "\n" + t.body()));
      }
    }
    RelevanceScorer scorer =
        RelevanceScorer.combined(taxonomy, NaiveBayes.train(pos, neg), modelWeight);
    double[] s = new double[docs.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = scorer.score(texts.get(i), tokens.get(i)).score();
    }
    return measure(
        String.format(
            Locale.ROOT,
            "taxonomy + %.2f × naive Bayes trained on the built-in set (%d + %d)",
            modelWeight,
            pos.size(),
            neg.size()),
        s);
  }

  /** Groups dealt to folds round-robin, positives and negatives separately (stratified). */
  private Map<String, Integer> folds(int folds) {
    Map<String, Integer> out = new LinkedHashMap<>();
    int[] next = new int[Label.values().length];
    for (Doc d : docs) {
      if (!out.containsKey(d.group())) {
        out.put(d.group(), next[d.label().ordinal()]++ % folds);
      }
    }
    return out;
  }

  Result measure(String name, double[] s) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> i));
    List<Double> pos = new ArrayList<>();
    List<Double> mid = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      switch (docs.get(i).label()) {
        case POSITIVE -> pos.add(s[i]);
        case MIDDLE -> mid.add(s[i]);
        case NEGATIVE -> neg.add(s[i]);
      }
    }
    Map<Integer, Double> pAtK = new TreeMap<>();
    for (int k : new int[] {5, 10, 20}) {
      long hits =
          order.stream().limit(k).filter(i -> docs.get(i).label() == Label.POSITIVE).count();
      pAtK.put(k, (double) hits / k);
    }
    List<PositiveRank> ranks = new ArrayList<>();
    double worst = 1;
    for (int r = 0; r < order.size(); r++) {
      int i = order.get(r);
      if (docs.get(i).label() == Label.POSITIVE) {
        double below = neg.stream().filter(n -> n < s[i]).count() / (double) neg.size();
        worst = Math.min(worst, below);
        ranks.add(new PositiveRank(docs.get(i).id(), s[i], r + 1, below));
      }
    }
    return new Result(
        name,
        Metrics.rocAuc(pos, neg),
        Metrics.rocAuc(pos, mid),
        pAtK,
        ranks,
        worst,
        Metrics.mean(pos),
        Metrics.mean(mid),
        Metrics.mean(neg),
        neg.stream().mapToDouble(d -> d).max().orElse(0));
  }

  /** Prints a result as the evaluation command and docs/benchmarks.md show it. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%s%n  ROC-AUC positives vs negatives %.4f, positives vs middle %.4f%n",
        r.scorer(),
        r.auc(),
        r.aucAgainstMiddle());
    out.printf(
        Locale.ROOT,
        "  precision@5 %.2f  @10 %.2f  @20 %.2f%n",
        r.precisionAtK().get(5),
        r.precisionAtK().get(10),
        r.precisionAtK().get(20));
    out.printf(
        Locale.ROOT,
        "  mean score: positives %.3f, middle %.3f, negatives %.3f (max negative %.3f)%n",
        r.meanPositive(),
        r.meanMiddle(),
        r.meanNegative(),
        r.maxNegative());
    out.printf(
        Locale.ROOT,
        "  every positive above %.1f %% of the negatives%n",
        100 * r.worstNegativesBelow());
    for (PositiveRank p : r.positives()) {
      out.printf(
          Locale.ROOT,
          "    rank %3d  %.3f  above %5.1f %% of negatives  %s%n",
          p.rank(),
          p.score(),
          100 * p.negativesBelow(),
          p.id());
    }
  }
}
