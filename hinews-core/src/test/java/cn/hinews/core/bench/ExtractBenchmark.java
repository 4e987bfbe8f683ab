package cn.hinews.core.bench;

import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction speed over a whole dataset, one thread: one operation is one pass over every page, so
 * pages/s = pages × ops/s. {@code jsoupParse} decodes and parses the same pages with jsoup alone,
 * the floor any DOM-based extractor stands on. Run with {@code bench/extract.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractBenchmark {
  /** A folder of pages, relative to the project root (the shared datasets beside it). */
  @Param({
    "../shared/datasets/zh-web-content-extraction/original",
    "../shared/datasets/scrapinghub-aeb/html"
  })
  public String dataset;

  private final List<byte[]> pages = new ArrayList<>();
  private ArticleExtractor extractor;

  @Setup
  public void load() throws IOException {
    Path dir = Path.of(dataset);
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..").resolve(dataset);
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html.gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            pages.add(in.readAllBytes());
          }
        } else if (name.endsWith(".html")) {
          pages.add(Files.readAllBytes(p));
        }
      }
    }
    extractor = Extractors.standard(SourceRegistry.defaults(), Clock.systemUTC());
    System.out.println("# pages in the dataset: " + pages.size());
  }

  @Benchmark
  public int extract() {
    int blocks = 0;
    for (byte[] page : pages) {
      blocks += extractor.extract(Page.of("", page)).blocks().size();
    }
    return blocks;
  }

  @Benchmark
  public int jsoupParse() {
    int nodes = 0;
    for (byte[] page : pages) {
      Charset cs = utf8(page) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
      nodes += Jsoup.parse(new String(page, cs)).childNodeSize();
    }
    return nodes;
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
