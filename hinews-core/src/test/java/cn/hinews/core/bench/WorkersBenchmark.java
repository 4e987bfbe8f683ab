package cn.hinews.core.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * Ingest with several workers on one PostgreSQL: the loopback sites of {@link ScaleBenchmark} (real
 * Chinese paragraphs, one in ten a reprint), crawled, extracted, stored and analysed end to end by
 * {@code workers} processes ({@link BenchWorker}) at once. Prints articles per second from the
 * start of the first worker to the end of the last. Usage: bench/workers.sh [workers=2] [hosts=20]
 * [articles-per-host=150] [texts-folder]
 */
public final class WorkersBenchmark {
  private WorkersBenchmark() {}

  public static void main(String[] args) throws Exception {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int perHost = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    Path texts =
        Path.of(args.length > 3 ? args[3] : "../shared/datasets/zh-web-content-extraction/cleaned");
    List<String> paras = ScaleBenchmark.paragraphs(texts);
    ScaleBenchmark.Sites sites = ScaleBenchmark.sites(hosts, perHost, paras);
    Path dir = Files.createTempDirectory("hinews-workers-bench");
    Path yml = dir.resolve("sources.yml");
    Files.writeString(yml, sites.yml(), StandardCharsets.UTF_8);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE hinews");
      }
      String url = pg.getJdbcUrl("postgres", "hinews");
      try (var store =
          cn.hinews.core.store.Store.open(
              new cn.hinews.core.config.DatabaseConfig(url, "postgres", ""), dir.resolve("h0"))) {
        System.out.println("PostgreSQL migrated: " + url);
      }
      String java = ProcessHandle.current().info().command().orElse("java");
      long t0 = System.nanoTime();
      List<Process> running = new ArrayList<>();
      for (int w = 1; w <= workers; w++) {
        running.add(
            new ProcessBuilder(
                    java,
                    "-Xmx1g",
                    // as the launcher runs `worker --once`: C1 only
                    // (-Dbench.jit=-XX:TieredStopAtLevel=4
                    // for C2)
                    System.getProperty("bench.jit", "-XX:TieredStopAtLevel=1"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    BenchWorker.class.getName(),
                    url,
                    "postgres",
                    yml.toString(),
                    dir.resolve("h" + w).toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("worker" + w + ".log").toFile())
                .start());
      }
      for (Process p : running) {
        if (p.waitFor() != 0) {
          System.out.println("a worker failed: see " + dir);
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      try (Connection c = pg.getDatabase("postgres", "hinews").getConnection();
          Statement s = c.createStatement()) {
        long articles = count(s, "SELECT COUNT(*) FROM article");
        long judged = count(s, "SELECT COUNT(*) FROM article_analysis");
        long distinct = count(s, "SELECT COUNT(DISTINCT url) FROM article");
        System.out.printf(
            Locale.ROOT,
            "ingest with %d worker(s) on PostgreSQL: %d articles (%d distinct URLs) from %d hosts"
                + " crawled, stored and judged (%d judgements) in %.1f s = %.0f articles/s end to"
                + " end, JVM starts included%n",
            workers,
            articles,
            distinct,
            hosts,
            judged,
            secs,
            articles / secs);
      }
      for (int w = 1; w <= workers; w++) {
        System.out.println(
            "  worker "
                + w
                + ": "
                + Files.readString(dir.resolve("worker" + w + ".log"))
                    .lines()
                    .filter(l -> l.startsWith("worker:"))
                    .findFirst()
                    .orElse("(no summary)"));
      }
    } finally {
      sites.servers().forEach(s -> s.stop(0));
      sites.pools().forEach(ExecutorService::shutdownNow);
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
