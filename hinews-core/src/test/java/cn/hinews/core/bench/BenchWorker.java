package cn.hinews.core.bench;

import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.crawl.CrawlReport;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * One worker of {@link WorkersBenchmark}, a process of its own: crawls until nothing is due (what
 * the other workers hold included) with one analysis thread beside, then drains the analysis with
 * the others. Args: JDBC URL, user, sources.yml, home.
 */
public final class BenchWorker {
  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    SourceRegistry registry = SourceRegistry.read(Path.of(args[2]));
    try (Store store = Store.open(new DatabaseConfig(args[0], args[1], ""), Path.of(args[3]))) {
      AnalysisStage stage =
          AnalysisStage.over(
              store,
              ChineseNlp.hanlp(),
              TaxonomyLoader::defaults,
              () -> registry,
              Clock.systemUTC());
      stage.service().models().current();
      stage.start(1);
      CrawlReport r = CrawlBenchmark.crawler(store, registry, 8).runUntilDone(s -> true);
      stage.drain(2, (done, left) -> {});
      stage.close();
      System.out.printf(
          Locale.ROOT,
          "worker: %d fetches, %d new articles, %d judged here%n",
          r.totalFetches(),
          r.totalNewArticles(),
          stage.service().judged());
    }
  }
}
