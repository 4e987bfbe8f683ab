package cn.hinews.core.bench;

import cn.hinews.core.archive.BulletinImporter;
import cn.hinews.core.archive.MarkdownBulletinParser;
import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.bulletin.BulletinRenderer;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
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
 * Render time of one issue per format, warm: {@code bench/render.sh} runs it. Also parse time of a
 * seed file (the import's CPU part).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  @Param({"weekly-656", "monthly-552", "monthly-554"})
  public String seed;

  @Param({"md", "html", "docx", "pdf"})
  public String format;

  private BulletinView view;
  private BulletinRenderer renderer;
  private String text;
  private MarkdownBulletinParser parser;

  @Setup
  public void setUp() throws Exception {
    parser = new MarkdownBulletinParser(ConfigLoader.defaults());
    text = SeedFixtures.seed(seed);
    view = BulletinImporter.preview(parser.parse(text));
    renderer = Renderers.standard().forFormat(format).orElseThrow();
  }

  @Benchmark
  public long render() throws IOException {
    CountingStream out = new CountingStream();
    renderer.render(view, out);
    return out.count;
  }

  /** Counts bytes and keeps none. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
