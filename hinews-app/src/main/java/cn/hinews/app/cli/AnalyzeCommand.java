package cn.hinews.app.cli;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.QueueDepth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse one text (first line the title, the rest the body; - reads standard input) and print",
      "its relevance with topics and terms, entities, keywords and sentiment as JSON;",
      "or, with --jsonl, one JSON line per input line {\"id\",\"title\",\"body\"};",
      "or, with --backlog, show and drain the stored articles waiting for their analysis."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a UTF-8 text file, or -")
  private String file;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "lines of {id, title, body}")
  private Path jsonl;

  @Option(
      names = "--backlog",
      description =
          "show the analysis queue of the data home, retrain the relevance model if the editors'"
              + " decisions changed, and drain the queue with a progress bar")
  private boolean backlog;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (backlog) {
      if (file != null || jsonl != null) {
        cli.err().println("hinews: --backlog takes no FILE and no --jsonl");
        return 2;
      }
      return backlog();
    }
    if ((file == null) == (jsonl == null)) {
      cli.err().println("hinews: give a FILE (or -), or --jsonl FILE, or --backlog");
      return 2;
    }
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard(TaxonomyLoader.forHome(cli.homePath()));
    if (jsonl != null) {
      return lines(analyzer);
    }
    String text =
        file.equals("-")
            ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    cli.out()
        .println(
            json.writeValueAsString(
                new AnalysisJson(json).write(analyzer.analyze(ArticleText.parse(text)))));
    return 0;
  }

  private int backlog() throws InterruptedException {
    try (HinewsHome home = cli.openHome()) {
      AnalysisStage stage = home.analysis();
      QueueDepth before = stage.depth();
      cli.out()
          .printf(
              Locale.ROOT,
              "analysis queue: %d waiting, %d held by a running worker, %d failed earlier,"
                  + " %d of them re-scores%n",
              before.waiting(),
              before.leased(),
              before.failed(),
              before.rescoring());
      stage
          .refreshModel()
          .ifPresent(
              v ->
                  cli.out()
                      .printf(
                          Locale.ROOT,
                          "relevance model version %d trained on %d published items and %d"
                              + " rejections; the open periods are scored again%n",
                          v.version(),
                          v.positives(),
                          v.negatives()));
      int failed = cli.analyseStored(home);
      QueueDepth after = stage.depth();
      cli.out()
          .printf(
              Locale.ROOT, "left in the queue: %d (%d failed)%n", after.total(), after.failed());
      if (failed == 0) {
        cli.catchUpIndex(home);
      }
      return failed == 0 ? 0 : 1;
    }
  }

  private int lines(ArticleAnalyzer analyzer) throws IOException {
    ObjectMapper json = new ObjectMapper();
    AnalysisJson out = new AnalysisJson(json);
    int failed = 0;
    int n = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(jsonl), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode in;
        try {
          in = json.readTree(line);
        } catch (IOException e) {
          cli.err().println("FAILED " + jsonl + ":" + n + ": not JSON: " + e.getMessage());
          failed++;
          continue;
        }
        if (!in.isObject() || !in.hasNonNull("title") || !in.hasNonNull("body")) {
          cli.err().println("FAILED " + jsonl + ":" + n + ": needs \"title\" and \"body\"");
          failed++;
          continue;
        }
        ObjectNode o = json.createObjectNode();
        o.set("id", in.hasNonNull("id") ? in.get("id") : json.getNodeFactory().numberNode(n));
        out.write(
            analyzer.analyze(ArticleText.of(in.get("title").asText(), in.get("body").asText())), o);
        cli.out().println(json.writeValueAsString(o));
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
