package cn.hinews.app.cli;

import cn.hinews.core.crawl.Reextractor;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.home.HinewsHome;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "reextract",
    mixinStandardHelpOptions = true,
    description = {
      "Read the kept raw pages again with the current extractor. An article whose text comes out",
      "different becomes its next revision. Exit code 1 when a page could not be read."
    })
final class ReextractCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Option(names = "--source", paramLabel = "ID", description = "only this source's pages")
  private String source;

  @Override
  public Integer call() throws InterruptedException {
    try (HinewsHome home = cli.openHome()) {
      long total = home.store().read(s -> s.pages().count());
      Reextractor.Report r =
          new Reextractor(
                  home.store(),
                  Extractors.standard(home.sources(), home.clock()),
                  home.sources(),
                  home.clock())
              .run(
                  Optional.ofNullable(source),
                  n -> {
                    if (n % 100 == 0) {
                      cli.err().printf(Locale.ROOT, "… %d of %d pages%n", n, total);
                      cli.err().flush();
                    }
                  });
      cli.out()
          .printf(
              Locale.ROOT,
              "%d pages read again: %d revised, %d unchanged, %d newly stored, %d failed%n",
              r.pages(),
              r.revised(),
              r.unchanged(),
              r.inserted(),
              r.failures().size());
      r.failures().stream().limit(20).forEach(f -> cli.out().println("  failed: " + f));
      int analysisFailed = cli.analyseStored(home);
      cli.catchUpIndex(home);
      return r.failures().isEmpty() && analysisFailed == 0 ? 0 : 1;
    }
  }
}
