package cn.hinews.core.bench;

import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.cluster.ReprintEvaluation;
import cn.hinews.core.analysis.relevance.EvalSet;
import cn.hinews.core.analysis.relevance.RelevanceEvaluation;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The relevance evaluation: {@code bench/analysis-eval.sh}. */
public final class AnalysisEval {
  private AnalysisEval() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<EvalSet.Doc> docs = EvalSet.load();
    out.printf(
        Locale.ROOT,
        "evaluation set: %d positives, %d middle, %d negative passages%n",
        docs.stream().filter(d -> d.label() == EvalSet.Label.POSITIVE).count(),
        docs.stream().filter(d -> d.label() == EvalSet.Label.MIDDLE).count(),
        docs.stream().filter(d -> d.label() == EvalSet.Label.NEGATIVE).count());
    RelevanceEvaluation eval =
        new RelevanceEvaluation(docs, ChineseNlp.hanlp(), TaxonomyLoader.defaults());
    RelevanceEvaluation.print(eval.taxonomy(), out);
    RelevanceEvaluation.print(eval.crossValidated(1.0, 5), out);
    RelevanceEvaluation.print(eval.crossValidated(0.3, 5), out);
    for (long seed : new long[] {7L, 11L, 13L}) {
      ReprintEvaluation.Result r =
          ReprintEvaluation.measure(ReprintEvaluation.cases(seed), ReprintDetector.standard());
      out.printf(
          Locale.ROOT,
          "reprints (seed %d): %d articles, %d true pairs, %d found, %d correct:"
              + " precision %.4f, recall %.4f%n",
          seed,
          r.articles(),
          r.truePairs(),
          r.foundPairs(),
          r.correctPairs(),
          r.precision(),
          r.recall());
    }
  }
}
