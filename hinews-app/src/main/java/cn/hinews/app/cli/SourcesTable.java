package cn.hinews.app.cli;

import cn.hinews.core.crawl.FetchResult;
import cn.hinews.core.crawl.SourceCheck;
import cn.hinews.core.domain.Source;
import cn.hinews.core.extract.Extraction;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code hinews sources test --all}: every source of the registry checked live (four at a time),
 * then one row each — entry points reached of those it has, links found, the first article's title
 * and date or why there is none — and the counts.
 */
final class SourcesTable {
  /** One source's row. */
  record Row(
      Source source, int entries, int reached, int links, Optional<String> article, String why) {
    boolean ok() {
      return article.isPresent();
    }
  }

  private SourcesTable() {}

  static Row row(Source s, Optional<SourceCheck.Report> report) {
    if (report.isEmpty()) {
      return new Row(s, 0, 0, 0, Optional.empty(), "没有入口");
    }
    SourceCheck.Report r = report.get();
    int reached =
        (int) r.entries().stream().filter(e -> e.outcome() == FetchResult.Outcome.OK).count();
    int links = r.entries().stream().mapToInt(e -> e.links().size()).sum();
    Optional<Extraction> x = r.article().filter(a -> a.unstorable().isEmpty());
    // an entry point that could not be reached says why first; else what became of the article
    Optional<String> entryProblem =
        reached > 0
            ? Optional.empty()
            : r.entries().stream().flatMap(e -> e.problems().stream()).findFirst();
    String why = x.isPresent() ? "" : entryProblem.or(r::articleProblem).orElse("没有取到文章");
    return new Row(
        s,
        r.entries().size(),
        reached,
        links,
        x.map(a -> a.title() + a.published().map(p -> "（" + p.date() + "）").orElse("（日期不详）")),
        why);
  }

  /** Checks every source, saying the progress on {@code err}; the rows in the registry's order. */
  static List<Row> check(
      List<Source> sources, Function<Source, SourceCheck.Report> check, PrintWriter err)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<SourceCheck.Report>>> futures = new ArrayList<>();
      for (Source s : sources) {
        futures.add(
            pool.submit(
                () ->
                    s.crawl().entries().isEmpty()
                        ? Optional.<SourceCheck.Report>empty()
                        : Optional.of(check.apply(s))));
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        try {
          rows.add(row(sources.get(i), futures.get(i).get()));
        } catch (ExecutionException e) {
          rows.add(new Row(sources.get(i), 0, 0, 0, Optional.empty(), "检查失败：" + e.getCause()));
        }
        err.printf(Locale.ROOT, "\rtested %d/%d", i + 1, sources.size());
        err.flush();
      }
      err.println();
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  static void print(List<Row> rows, PrintWriter out) {
    out.println("source\toutlet\tentries\tlinks\tarticle");
    for (Row r : rows) {
      out.println(
          r.source().id()
              + "\t"
              + r.source().outlet()
              + "\t"
              + (r.entries() == 0 ? "-" : r.reached() + "/" + r.entries())
              + "\t"
              + r.links()
              + "\t"
              + r.article().orElse("✘ " + r.why()));
    }
    long ok = rows.stream().filter(Row::ok).count();
    long none = rows.stream().filter(r -> r.entries() == 0).count();
    long linksOnly = rows.stream().filter(r -> !r.ok() && r.links() > 0).count();
    out.printf(
        Locale.ROOT,
        "%d sources: %d with an article extracted, %d with links but no article, %d unreachable,"
            + " %d without entry points%n",
        rows.size(),
        ok,
        linksOnly,
        rows.size() - ok - none - linksOnly,
        none);
  }
}
