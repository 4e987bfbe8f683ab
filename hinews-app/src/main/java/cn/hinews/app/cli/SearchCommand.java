package cn.hinews.app.cli;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchQuery;
import cn.hinews.core.search.SearchResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search over the stored articles and the items of issues: words are ANDed; OR, NOT",
      "(或, 非), -word, \"phrases\"; a run of Chinese characters is a phrase. Matches are shown in [ ]."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Parameters(arity = "0..*", paramLabel = "WORDS", description = "the query")
  private List<String> words = new ArrayList<>();

  @Option(names = "--outlet", description = "only this outlet (repeatable)")
  private List<String> outlets = new ArrayList<>();

  @Option(names = "--kind", description = "media or government")
  private String kind;

  @Option(names = "--series", description = "only items of this series")
  private String series;

  @Option(names = "--type", description = "article or item (default both)")
  private String type;

  @Option(names = "--from", description = "published on or after (YYYY-MM-DD)")
  private LocalDate from;

  @Option(names = "--to", description = "published on or before (YYYY-MM-DD)")
  private LocalDate to;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date")
  private String sort;

  @Option(names = "--page", defaultValue = "1", description = "page, from 1")
  private int page;

  @Option(names = "--size", defaultValue = "10", description = "hits per page (1..100)")
  private int size;

  @Override
  public Integer call() {
    try (HinewsHome home = cli.openHome()) {
      if (home.searchIndex().writable()) {
        home.indexer().catchUp();
      } else {
        cli.err()
            .println("hinews: the index is kept by a running serve; searching what it has indexed");
      }
      Set<SearchDoc.Type> types = EnumSet.noneOf(SearchDoc.Type.class);
      if (type != null) {
        types.add(SearchDoc.Type.valueOf(type.strip().toUpperCase(Locale.ROOT)));
      }
      SearchQuery q =
          new SearchQuery(
              String.join(" ", words),
              types,
              Set.copyOf(outlets),
              Optional.ofNullable(kind),
              Set.of(),
              Optional.ofNullable(series),
              Optional.ofNullable(from),
              Optional.ofNullable(to),
              SearchQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT)),
              Math.max(page, 1) - 1,
              size);
      SearchResult r = home.searchIndex().search(q);
      cli.out().printf(Locale.ROOT, "%d hits (%d ms), page %d:%n", r.total(), r.tookMillis(), page);
      for (SearchResult.Hit h : r.hits()) {
        cli.out()
            .printf(
                Locale.ROOT,
                "%s  %s  %s%s%n    %s%n    %s%n",
                h.date().map(LocalDate::toString).orElse("----------"),
                h.outlet(),
                plain(h.title()),
                h.series().map(s -> "  [" + s + " " + h.issueNumber().orElse(0) + "]").orElse(""),
                plain(h.snippet()),
                h.url());
      }
      return 0;
    }
  }

  /** The index's HTML-escaped, marked text for a terminal: matches in [ ]. */
  static String plain(String html) {
    return html.replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace('\n', ' ');
  }
}
