package cn.hinews.core.bench;

import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The analysis stage alone, then the reads: {@code N} stored articles of real paragraphs (one in
 * ten a reprint) in one week, drained by {@code T} threads; then the week's candidates and
 * statistics from the stored judgements. Args: articles (3000), threads (2), the folder of texts.
 */
public final class DrainBenchmark {
  private DrainBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> paras =
        ScaleBenchmark.paragraphs(
            Path.of(
                args.length > 2
                    ? args[2]
                    : "../shared/datasets/zh-web-content-extraction/cleaned"));
    // -Dbench.home=DIR: drain into a home that already holds articles (bench/reads.sh 1000000 52
    // DIR
    // makes one of a million judged articles), to see the drain at that size
    String into = System.getProperty("bench.home");
    Path home = into != null ? Path.of(into) : Files.createTempDirectory("hinews-drain-bench");
    String prefix = "https://bench.example.cn/drain" + System.currentTimeMillis() + "/";
    SourceRegistry registry = SourceRegistry.defaults();
    try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
      for (int from = 0; from < n; from += 5000) {
        int start = from;
        store.inTransaction(
            s -> {
              for (int i = start; i < Math.min(n, start + 5000); i++) {
                Random r = new Random(i % 10 == 0 ? i / 10 : 1_000_003L * i);
                List<Block> body = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                  body.add(Block.paragraph(paras.get(r.nextInt(paras.size()))));
                }
                s.articles()
                    .insert(
                        new Article(
                            prefix + i,
                            "第" + i + "号新闻",
                            "人民网",
                            "",
                            List.of(),
                            List.of(),
                            Optional.of(
                                new PublishTime(
                                    LocalDateTime.of(2026, 3, 2 + i % 7, 10, 0),
                                    Precision.MINUTE,
                                    "")),
                            body,
                            Optional.empty()));
              }
              return null;
            });
      }
      try (AnalysisStage stage =
          AnalysisStage.over(
              store,
              ChineseNlp.hanlp(),
              TaxonomyLoader::defaults,
              () -> registry,
              Clock.systemUTC())) {
        stage.service().models().current();
        long t0 = System.nanoTime();
        AnalysisStage.DrainReport d = stage.drain(threads, (done, left) -> {});
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "analysis: %d articles judged by %d threads in %.1f s = %.0f articles/s%n",
            d.judged(),
            threads,
            secs,
            d.judged() / secs);
      }
      ScaleBenchmark.reads(store, registry);
    }
  }
}
