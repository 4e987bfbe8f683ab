package cn.hinews.app.cli;

import cn.hinews.core.analysis.RelevanceTraining;
import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.home.HinewsHome;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "candidates",
    mixinStandardHelpOptions = true,
    description = {
      "The ranked candidates of an issue: the stored articles published in the period, one row per",
      "reprint cluster, by relevance, outlet authority, reprints and freshness, topics mixed."
    })
final class CandidatesCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Option(names = "--series", required = true, description = "series id (weekly, monthly, …)")
  private String series;

  @Option(names = "--from", required = true, description = "first day of the period (YYYY-MM-DD)")
  private LocalDate from;

  @Option(names = "--to", required = true, description = "last day of the period (YYYY-MM-DD)")
  private LocalDate to;

  @Option(names = "--limit", defaultValue = "30", description = "rows at most (default 30)")
  private int limit;

  @Option(names = "--json", description = "one JSON line per candidate with its whole analysis")
  private boolean asJson;

  @Option(
      names = "--include-used",
      description = "also list articles that issues of the series already carry")
  private boolean includeUsed;

  @Option(
      names = "--reject",
      paramLabel = "URL",
      description =
          "record that the editor rejected this stored article for the series (repeatable);"
              + " rejections train the relevance model")
  private List<String> reject = List.of();

  @Override
  public Integer call() throws IOException {
    Period period = new Period(from, to);
    List<Candidate> ranked;
    CandidateService.Ranking ranking;
    List<Map.Entry<String, Integer>> hot;
    try (HinewsHome home = cli.openHome()) {
      home.config().requireSeries(series);
      if (!reject.isEmpty()) {
        return reject(home);
      }
      ranking = home.candidates().rank(series, period, includeUsed);
      ranked = ranking.candidates();
      hot = ranking.hotWords();
    }
    if (!asJson && !hot.isEmpty()) {
      cli.out()
          .println(
              "热词："
                  + String.join(
                      "、", hot.stream().map(e -> e.getKey() + "(" + e.getValue() + ")").toList()));
    }
    ObjectMapper json = new ObjectMapper();
    AnalysisJson analysis = new AnalysisJson(json);
    for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
      Article a = c.article().article();
      if (asJson) {
        ObjectNode o = json.createObjectNode();
        o.put("rank", c.rank());
        o.put("score", c.score());
        o.put("id", c.article().id());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("authority", c.authority());
        o.put("freshness", c.freshness());
        c.reprints().forEach(o.putArray("reprints")::add);
        o.put("explanation", c.explanation());
        cli.out().println(json.writeValueAsString(analysis.write(c.analysis(), o)));
      } else {
        cli.out()
            .printf(
                Locale.ROOT,
                "%3d  %.3f  %s（%s）%n     %s%n     %s%n",
                c.rank(),
                c.score(),
                a.title(),
                a.outlet(),
                a.url(),
                c.explanation());
      }
    }
    cli.err()
        .printf(
            Locale.ROOT,
            "%s %s..%s: %d judged articles, %d candidates (clusters above the relevance floor);"
                + " relevance: %s%s%n",
            series,
            from,
            to,
            ranking.judged(),
            ranked.size(),
            ranking
                .model()
                .map(
                    m ->
                        "model version "
                            + m.version()
                            + (m.trained()
                                ? " (taxonomy + naive Bayes of "
                                    + m.positives()
                                    + " issue items and "
                                    + m.negatives()
                                    + " rejections)"
                                : " (taxonomy alone: the model needs "
                                    + RelevanceTraining.MIN_EACH
                                    + " issue items and "
                                    + RelevanceTraining.MIN_EACH
                                    + " rejections)"))
                .orElse("no article judged yet"),
            ranking.queue().total() == 0
                ? ""
                : "; "
                    + ranking.queue().total()
                    + " articles still wait for their analysis (hinews analyze --backlog)");
    return 0;
  }

  private int reject(HinewsHome home) {
    int failed = 0;
    for (String url : reject) {
      Optional<StoredArticle> a = home.store().read(s -> s.articles().findByUrl(url));
      if (a.isEmpty()) {
        cli.err().println("FAILED " + url + ": no stored article has this URL");
        failed++;
        continue;
      }
      home.decisions()
          .reject(series, a.get().id(), "cli:" + System.getProperty("user.name", "unknown"));
      cli.out().println("rejected for " + series + ": " + url);
    }
    cli.out()
        .println(
            "the relevance model learns from these at the next `hinews analyze --backlog`,"
                + " or within a minute in a running serve");
    return failed == 0 ? 0 : 1;
  }
}
