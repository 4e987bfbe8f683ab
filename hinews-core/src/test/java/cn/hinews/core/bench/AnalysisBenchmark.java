package cn.hinews.core.bench;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.cluster.MinHash;
import cn.hinews.core.analysis.relevance.EvalSet;
import cn.hinews.core.analysis.text.ArticleText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis speed on one thread (one core): one operation analyses every text of the relevance
 * evaluation set (seed items, middle class, negative passages), so articles/s = texts × ops/s.
 * {@code analyze} is the whole stage (normalisation, HanLP segmentation with entity recognition,
 * relevance, entities, keywords, sentiment); {@code signature} the reprint fingerprint alone. Run
 * with {@code bench/analysis.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AnalysisBenchmark {
  private List<ArticleText> texts;
  private ArticleAnalyzer analyzer;
  private final MinHash minHash = MinHash.standard();

  @Setup
  public void load() {
    texts = EvalSet.load().stream().map(EvalSet.Doc::text).toList();
    analyzer = ArticleAnalyzer.standard();
    int chars = texts.stream().mapToInt(t -> t.title().length() + t.body().length()).sum();
    System.out.println("# texts: " + texts.size() + ", characters: " + chars);
  }

  @Benchmark
  public double analyze() {
    double sum = 0;
    for (ArticleText t : texts) {
      sum += analyzer.analyze(t).relevance().score();
    }
    return sum;
  }

  @Benchmark
  public int signature() {
    int x = 0;
    for (ArticleText t : texts) {
      x ^= minHash.signature(t.body())[0];
    }
    return x;
  }
}
