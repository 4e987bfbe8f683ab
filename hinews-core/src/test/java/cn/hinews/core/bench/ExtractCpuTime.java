package cn.hinews.core.bench;

import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Extraction cost as the thread's CPU time per pass over each folder of pages (4 warm-up passes,
 * the median of 6): unlike wall time, hardly moved by other processes on a shared machine. {@code
 * bench/extract-cpu.sh}; to compare with another build, run it with that build's classes first on
 * the class path.
 */
public final class ExtractCpuTime {
  private ExtractCpuTime() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ArticleExtractor x = Extractors.standard(SourceRegistry.defaults(), Clock.systemUTC());
    for (String dir : args) {
      List<byte[]> pages = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path p : files.sorted().toList()) {
          String n = p.getFileName().toString();
          if (n.endsWith(".html.gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
              pages.add(in.readAllBytes());
            }
          } else if (n.endsWith(".html")) {
            pages.add(Files.readAllBytes(p));
          }
        }
      }
      for (int i = 0; i < 4; i++) {
        for (byte[] b : pages) {
          x.extract(Page.of("", b));
        }
      }
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (byte[] b : pages) {
          x.extract(Page.of("", b));
        }
        ms.add((mx.getCurrentThreadCpuTime() - t0) / 1e6);
      }
      ms.sort(null);
      double median = (ms.get(2) + ms.get(3)) / 2;
      System.out.printf(
          Locale.ROOT,
          "%s: %d pages, CPU ms per pass median %.0f (min %.0f, max %.0f) = %.0f pages/CPU-s%n",
          Path.of(dir).getFileName(),
          pages.size(),
          median,
          ms.get(0),
          ms.get(5),
          pages.size() * 1000 / median);
    }
  }
}
