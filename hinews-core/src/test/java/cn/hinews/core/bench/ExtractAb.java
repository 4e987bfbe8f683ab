package cn.hinews.core.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Two builds of the extractor in one JVM, a class loader each, their passes over a set alternating
 * (A B, B A, …; 4 rounds of warm-up, 10 measured): the thread's CPU time of each, under the same
 * load at the same moments. Arguments: the two builds' {@code hinews-core/target/classes} folders,
 * then the page folders. The class path holds the core's dependencies only (not its classes).
 */
public final class ExtractAb {
  private ExtractAb() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Object[] ex = new Object[2];
    Method[] extract = new Method[2];
    Method[] pageOf = new Method[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader cl =
          new URLClassLoader(
              new URL[] {Path.of(args[k]).toUri().toURL()}, ExtractAb.class.getClassLoader());
      Class<?> reg = Class.forName("cn.hinews.core.source.SourceRegistry", true, cl);
      Object registry = reg.getMethod("defaults").invoke(null);
      Class<?> exs = Class.forName("cn.hinews.core.extract.Extractors", true, cl);
      ex[k] = exs.getMethod("standard", reg, Clock.class).invoke(null, registry, Clock.systemUTC());
      Class<?> page = Class.forName("cn.hinews.core.extract.Page", true, cl);
      pageOf[k] = page.getMethod("of", String.class, byte[].class);
      extract[k] =
          Class.forName("cn.hinews.core.extract.ArticleExtractor", true, cl)
              .getMethod("extract", page);
    }
    for (int d = 2; d < args.length; d++) {
      List<byte[]> pages = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(args[d]))) {
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
      long[] total = new long[2];
      List<List<Long>> per = List.of(new ArrayList<>(), new ArrayList<>());
      for (int round = 0; round < 14; round++) {
        for (int k0 = 0; k0 < 2; k0++) {
          int k = (round % 2 == 0) ? k0 : 1 - k0;
          long t0 = mx.getCurrentThreadCpuTime();
          for (byte[] b : pages) {
            extract[k].invoke(ex[k], pageOf[k].invoke(null, "", b));
          }
          long t = mx.getCurrentThreadCpuTime() - t0;
          if (round >= 4) {
            total[k] += t;
            per.get(k).add(t / 1_000_000);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s (%d pages): A %s CPU ms/pass mean %.0f %s | B %s mean %.0f %s | B/A %.3f%n",
          Path.of(args[d]).getFileName(),
          pages.size(),
          Path.of(args[0]).getParent().getFileName(),
          total[0] / 10e6,
          per.get(0),
          Path.of(args[1]).getParent().getFileName(),
          total[1] / 10e6,
          per.get(1),
          (double) total[1] / total[0]);
    }
  }
}
