package cn.hinews.app.cli;

import cn.hinews.core.config.SearchConfig;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.search.ArchiveIndexer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index (Lucene or OpenSearch, search.engine) from the database (articles"
            + " and the items of issues).")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Override
  public Integer call() {
    try (HinewsHome home = cli.openHome()) {
      long total = home.store().read(s -> s.articles().count());
      ArchiveIndexer.Report r =
          home.indexer()
              .rebuild(
                  n -> {
                    cli.err().printf(Locale.ROOT, "… %d of %d articles%n", n, total);
                    cli.err().flush();
                  });
      cli.out()
          .printf(
              Locale.ROOT,
              "indexed %d articles and %d issue items in %.1f s into %s%n",
              r.articles(),
              r.items(),
              r.took().toMillis() / 1000.0,
              where(home));
      return 0;
    }
  }

  /** The Lucene directory, or the server's index. */
  private static String where(HinewsHome home) {
    SearchConfig search = home.config().search();
    return search.engine() == SearchConfig.Engine.OPENSEARCH
        ? "OpenSearch " + search.url() + "/" + search.index()
        : home.path().resolve("index").toString();
  }
}
