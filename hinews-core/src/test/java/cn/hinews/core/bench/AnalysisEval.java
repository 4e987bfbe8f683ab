package cn.hinews.core.bench;

import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.cluster.ReprintEvaluation;
import cn.hinews.core.analysis.relevance.EvalSet;
import cn.hinews.core.analysis.relevance.RelevanceEvaluation;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The relevance evaluation: {@code bench/analysis-eval.sh}. */
public final class AnalysisEval {
  private AnalysisEval() {}

  /**
   * Without arguments: the built-in set and the reprint figures. With {@code --bulletin FILE...}
   * (Markdown bulletins: their items are positives) and {@code --negative FILE...} (plain texts,
   * cut into passages): a held-out check of those, the model trained on the built-in set only.
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 0) {
      heldOut(args, out);
      return;
    }
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
    RelevanceEvaluation.print(eval.luceneNaiveBayes(1.0, 5), out);
    RelevanceEvaluation.print(eval.luceneNaiveBayes(0.3, 5), out);
    RelevanceEvaluation.print(eval.luceneNearestNeighbours(1.0, 5), out);
    RelevanceEvaluation.print(eval.luceneNearestNeighbours(0.3, 5), out);
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

  private static void heldOut(String[] args, PrintStream out) throws IOException {
    List<EvalSet.Doc> docs = new ArrayList<>();
    String mode = "";
    for (String a : args) {
      if (a.equals("--bulletin") || a.equals("--negative")) {
        mode = a;
        continue;
      }
      Path p = Path.of(a);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      switch (mode) {
        case "--bulletin" -> docs.addAll(EvalSet.items(p.getFileName().toString(), text));
        case "--negative" -> docs.addAll(EvalSet.negatives(p.getFileName().toString(), text));
        default -> throw new IllegalArgumentException("say --bulletin or --negative before " + a);
      }
    }
    out.printf(
        Locale.ROOT,
        "held-out set: %d positives, %d negative passages%n",
        docs.stream().filter(d -> d.label() == EvalSet.Label.POSITIVE).count(),
        docs.stream().filter(d -> d.label() == EvalSet.Label.NEGATIVE).count());
    ChineseNlp nlp = ChineseNlp.hanlp();
    RelevanceEvaluation eval = new RelevanceEvaluation(docs, nlp, TaxonomyLoader.defaults());
    RelevanceEvaluation.print(eval.taxonomy(), out);
    RelevanceEvaluation.print(eval.trainedOn(EvalSet.load(), nlp, 0.3), out);
  }
}
