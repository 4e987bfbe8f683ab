package cn.hinews.app.cli;

import cn.hinews.core.config.Durations;
import cn.hinews.core.crawl.SourceCheck;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.Zones;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.SourceHealth;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The sources hinews watches.",
    subcommands = {SourcesCommand.ListSources.class, SourcesCommand.TestSource.class})
final class SourcesCommand implements Runnable {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(Zones.SHANGHAI);

  @ParentCommand Cli cli;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description =
          "read the sources from FILE instead of the defaults and $HINEWS_HOME/sources.yml",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  Path sourcesFile;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(cli.out());
  }

  SourceRegistry registry(HinewsHome home) {
    return sourcesFile == null ? home.sources() : SourceRegistry.read(sourcesFile);
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Every source with its entry points, interval and health (from the fetch log).")
  static final class ListSources implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;

    @Override
    public Integer call() {
      Cli cli = parent.cli;
      try (HinewsHome home = cli.openHome()) {
        SourceRegistry sources = parent.registry(home);
        Map<String, SourceHealth> health = home.sourceHealth(7);
        cli.out()
            .printf(
                Locale.ROOT,
                "%-12s %-14s %-10s %-4s %-7s %-8s %-7s %-16s %6s %7s %s%n",
                "id",
                "outlet",
                "kind",
                "region",
                "entries",
                "interval",
                "fetcher",
                "last success",
                "errors",
                "art/day",
                "flags");
        int media = 0;
        int government = 0;
        for (Source s : sources.all()) {
          if (s.kind() == cn.hinews.core.domain.SourceKind.MEDIA) {
            media++;
          } else {
            government++;
          }
          long unverified = s.crawl().entries().stream().filter(e -> !e.verified()).count();
          Optional<SourceHealth> h = Optional.ofNullable(health.get(s.id()));
          String flags =
              (s.crawl().enabled() ? "" : "disabled ")
                  + (unverified > 0 ? unverified + "-unverified " : "")
                  + (h.map(SourceHealth::silent).orElse(false) ? "SILENT" : "");
          cli.out()
              .printf(
                  Locale.ROOT,
                  "%-12s %-14s %-10s %-4s %-7d %-8s %-7s %-16s %6s %7s %s%n",
                  s.id(),
                  s.outlet(),
                  s.kind().name().toLowerCase(Locale.ROOT),
                  s.region(),
                  s.crawl().entries().size(),
                  s.crawl().entries().isEmpty() ? "-" : Durations.format(s.crawl().interval()),
                  s.crawl().fetcher().id(),
                  h.flatMap(SourceHealth::lastSuccess).map(WHEN::format).orElse("-"),
                  h.map(x -> String.format(Locale.ROOT, "%.0f%%", 100 * x.errorRate())).orElse("-"),
                  h.map(x -> String.format(Locale.ROOT, "%.1f", x.articlesPerDay())).orElse("-"),
                  flags.strip());
        }
        cli.out()
            .printf(
                Locale.ROOT,
                "%d sources: %d media, %d government; %d with entry points%n",
                sources.all().size(),
                media,
                government,
                sources.all().stream().filter(x -> x.crawl().crawlable()).count());
        return 0;
      }
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Fetch a source's entry points live, list the links found, extract the first article and",
        "show it. Nothing is stored. Exit code 1 when no entry point gave a link or the article",
        "could not be read."
      })
  static final class TestSource implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "the source's id")
    String id;

    @Option(
        names = "--all",
        description =
            "test every source of the registry (four at a time) and print a table: entry points"
                + " reached, links found, the first article's title and date or why there is none;"
                + " exit code 1 when any source with entry points gave no article")
    boolean all;

    @Option(
        names = "--allow-private-addresses",
        description = "fetch hosts on private or loopback addresses")
    boolean allowPrivate;

    @Override
    public Integer call() {
      Cli cli = parent.cli;
      if (all == (id != null)) {
        cli.err().println("hinews: give a source's ID or --all");
        return 2;
      }
      try (HinewsHome home = cli.openHome()) {
        SourceRegistry sources = parent.registry(home);
        if (all) {
          return testAll(home, sources);
        }
        Optional<Source> source = sources.byId(id);
        if (source.isEmpty()) {
          cli.err().println("hinews: unknown source '" + id + "' (hinews sources list shows them)");
          return 2;
        }
        if (source.get().crawl().entries().isEmpty()) {
          cli.err().println("hinews: the source '" + id + "' has no entry points to test");
          return 2;
        }
        HinewsHome.Fetchers f = home.fetchers(allowPrivate);
        SourceCheck.Report r =
            new SourceCheck(f.http(), f.browser(), Extractors.standard(sources, home.clock()))
                .check(source.get());
        int links = 0;
        for (SourceCheck.EntryResult e : r.entries()) {
          EntryPoint p = e.entry();
          cli.out()
              .printf(
                  Locale.ROOT,
                  "%s %s%s: %s %d, %d links%n",
                  p.type(),
                  p.url(),
                  p.verified() ? "" : " (unverified)",
                  e.outcome(),
                  e.status(),
                  e.links().size());
          e.links().stream().limit(5).forEach(l -> cli.out().println("  " + l));
          e.problems().forEach(pr -> cli.out().println("  problem: " + pr));
          links += e.links().size();
        }
        if (r.articleUrl().isEmpty()) {
          cli.out().println("no article link found");
          return 1;
        }
        cli.out().println("article " + r.articleUrl().get());
        if (r.article().isEmpty()) {
          cli.out().println("  not fetched: " + r.articleProblem().orElse(""));
          return 1;
        }
        Extraction x = r.article().get();
        cli.out().println("  title:     " + x.title());
        cli.out()
            .println("  published: " + x.published().map(t -> t.value().toString()).orElse("-"));
        cli.out().println("  outlet:    " + x.outlet());
        cli.out().println("  来源:      " + x.sourceLine());
        cli.out().println("  authors:   " + String.join(" ", x.authors()));
        String body = x.bodyText();
        cli.out()
            .println(
                "  body:      "
                    + body.length()
                    + " chars: "
                    + (body.length() > 160 ? body.substring(0, 160) + "…" : body)
                        .replace("\n\n", " ¶ "));
        x.failure().ifPresent(fl -> cli.out().println("  failure:   " + fl));
        cli.out().flush();
        return links > 0 && x.unstorable().isEmpty() ? 0 : 1;
      }
    }

    private int testAll(HinewsHome home, SourceRegistry sources) {
      Cli cli = parent.cli;
      HinewsHome.Fetchers f = home.fetchers(allowPrivate);
      SourceCheck check =
          new SourceCheck(f.http(), f.browser(), Extractors.standard(sources, home.clock()));
      List<SourcesTable.Row> rows;
      try {
        rows = SourcesTable.check(sources.all(), check::check, cli.err());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cli.err().println("hinews: interrupted");
        return 1;
      }
      SourcesTable.print(rows, cli.out());
      cli.out().flush();
      return rows.stream().allMatch(r -> r.ok() || r.entries() == 0) ? 0 : 1;
    }
  }
}
