package cn.hinews.app.cli;

import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article of a saved page and print it as JSON,",
      "or of every *.html / *.html.gz under a folder into one predictions file (--batch)."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

  @ParentCommand private Cli cli;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a saved page (.html or .html.gz)")
  private Path file;

  @Option(names = "--url", description = "the page's URL (for the outlet and relative links)")
  private String url;

  @Option(names = "--batch", paramLabel = "DIR", description = "extract every page under DIR")
  private Path batch;

  @Option(names = "--out", paramLabel = "FILE", description = "predictions file of --batch")
  private Path out;

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public Integer call() throws IOException {
    ArticleExtractor extractor = Extractors.standard(SourceRegistry.defaults(), Clock.systemUTC());
    if (batch != null) {
      if (out == null) {
        cli.err().println("hinews: --batch needs --out FILE");
        return 2;
      }
      return batch(extractor);
    }
    if (file == null) {
      cli.err().println("hinews: give a FILE, or --batch DIR --out FILE");
      return 2;
    }
    Extraction x = extractor.extract(Page.of(url == null ? "" : url, read(file)));
    cli.out().println(json.writeValueAsString(full(x)));
    return x.ok() ? 0 : 1;
  }

  private int batch(ArticleExtractor extractor) throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(batch)) {
      pages =
          walk.filter(Files::isRegularFile)
              .filter(p -> name(p).endsWith(".html") || name(p).endsWith(".html.gz"))
              .sorted()
              .toList();
    }
    PrintWriter log = cli.err();
    ObjectNode predictions = json.createObjectNode();
    int failed = 0;
    long extractNanos = 0;
    long started = System.nanoTime();
    for (int i = 0; i < pages.size(); i++) {
      Path p = pages.get(i);
      String id = p.getFileName().toString().replaceFirst("(?i)\\.html(\\.gz)?$", "");
      if (predictions.has(id)) {
        log.println("  " + p + ": another page already has the id " + id + "; this one is skipped");
        failed++;
        continue;
      }
      byte[] bytes;
      try {
        bytes = read(p);
      } catch (IOException e) {
        log.println("FAILED " + p + ": " + e.getMessage());
        failed++;
        continue;
      }
      long t0 = System.nanoTime();
      Extraction x = extractor.extract(Page.of("", bytes));
      extractNanos += System.nanoTime() - t0;
      if (!x.ok()) {
        failed++;
        log.println("  " + p + ": " + x.failure().orElseThrow());
      }
      ObjectNode o = predictions.putObject(id);
      o.put("articleBody", x.bodyText());
      o.put("title", x.title());
      o.put("date", x.published().map(ExtractCommand::date).orElse(""));
      o.put("author", String.join(" ", x.authors()));
      if ((i + 1) % 50 == 0 || i + 1 == pages.size()) {
        log.printf(
            Locale.ROOT,
            "%d/%d pages, %.1f pages/s%n",
            i + 1,
            pages.size(),
            (i + 1) / ((System.nanoTime() - started) / 1e9));
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    json.writeValue(out.toFile(), predictions);
    cli.out()
        .printf(
            Locale.ROOT,
            "%d pages, %d without a body, extraction alone %.1f pages/s; wrote %s%n",
            pages.size(),
            failed,
            pages.size() / Math.max(1e-9, extractNanos / 1e9),
            out.toAbsolutePath());
    return 0;
  }

  private ObjectNode full(Extraction x) {
    ObjectNode o = json.createObjectNode();
    o.put("url", x.url());
    o.put("title", x.title());
    if (x.published().isPresent()) {
      PublishTime p = x.published().get();
      ObjectNode t = o.putObject("published");
      t.put("value", date(p));
      t.put("precision", p.precision().name().toLowerCase(Locale.ROOT));
      t.put("raw", p.raw());
    } else {
      o.putNull("published");
    }
    o.put("outlet", x.outlet());
    o.put("sourceLine", x.sourceLine());
    ArrayNode authors = o.putArray("authors");
    x.authors().forEach(authors::add);
    ArrayNode editors = o.putArray("editors");
    x.editors().forEach(editors::add);
    o.put("body", x.bodyText());
    ArrayNode blocks = o.putArray("blocks");
    for (Block b : x.blocks()) {
      ObjectNode bn = blocks.addObject();
      bn.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
      bn.put("text", b.text());
    }
    ArrayNode images = o.putArray("images");
    x.leadImages().forEach(images::add);
    ObjectNode d = o.putObject("diagnostics");
    d.put("charset", x.diagnostics().charset());
    d.put("charsetSource", x.diagnostics().charsetSource());
    d.put("contentNode", x.diagnostics().contentNode());
    d.put("confidence", Math.round(x.diagnostics().confidence() * 100) / 100.0);
    ArrayNode notes = d.putArray("notes");
    x.diagnostics().notes().forEach(notes::add);
    x.failure().ifPresent(f -> o.put("failure", f));
    return o;
  }

  static String date(PublishTime p) {
    return switch (p.precision()) {
      case YEAR -> String.valueOf(p.value().getYear());
      case MONTH -> MONTH.format(p.value());
      case DAY -> DAY.format(p.value());
      case MINUTE -> MINUTE.format(p.value());
      case SECOND -> SECOND.format(p.value());
    };
  }

  private static String name(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  private static byte[] read(Path p) throws IOException {
    if (name(p).endsWith(".gz")) {
      try (InputStream file = Files.newInputStream(p);
          InputStream in = new GZIPInputStream(file)) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(p);
  }
}
