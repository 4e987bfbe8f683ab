package cn.hinews.app.cli;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.relevance.TaxonomyLoader;
import cn.hinews.core.analysis.text.ArticleText;
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
      "or, with --jsonl, one JSON line per input line {\"id\",\"title\",\"body\"}."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand private Cli cli;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a UTF-8 text file, or -")
  private String file;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "lines of {id, title, body}")
  private Path jsonl;

  @Override
  public Integer call() throws IOException {
    if ((file == null) == (jsonl == null)) {
      cli.err().println("hinews: give a FILE (or -), or --jsonl FILE");
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
