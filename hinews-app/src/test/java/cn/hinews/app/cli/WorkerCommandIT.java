package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.HinewsMain;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code hinews worker --once}, started at the same time on one PostgreSQL database over the
 * same loopback sites, as an operator would run them: each article is stored and judged once, the
 * fetches are shared, both exit 0, and {@code hinews status} shows both stopped and empty queues.
 */
class WorkerCommandIT {
  static final int SITES = 2;
  static final int ARTICLES = 60; // more than one worker leases of a host at a time
  @TempDir Path dir;

  @Test
  void twoWorkersOnOneDatabaseStoreEachArticleOnceAndShareTheFetches() throws Exception {
    Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    List<HttpServer> servers = new ArrayList<>();
    StringBuilder yml = new StringBuilder("sources:\n");
    for (int k = 0; k < SITES; k++) {
      String ip = "127.0.0." + (41 + k);
      HttpServer server = HttpServer.create(new InetSocketAddress(ip, 0), 50);
      String base = "http://" + ip + ":" + server.getAddress().getPort();
      StringBuilder list = new StringBuilder("<html><body><ul>");
      for (int i = 0; i < ARTICLES; i++) {
        list.append("<li><a href='/news/2026/1201/").append(i).append(".html'>第").append(i);
        list.append("条</a></li>");
      }
      String listHtml = list + "</ul></body></html>";
      int site = k;
      server.createContext(
          "/",
          ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(ip + path, p -> new AtomicInteger()).incrementAndGet();
            String body;
            int status = 200;
            if (path.equals("/list.html")) {
              body = listHtml;
            } else if (path.startsWith("/news/")) {
              int n = Integer.parseInt(path.replaceAll("\\D+", " ").trim().split(" ")[2]);
              body = CrawlCommandIT.article("第" + site + "站第" + n + "家医院上线互联网诊疗", n);
            } else {
              status = 404;
              body = "";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream o = ex.getResponseBody()) {
              o.write(b);
            }
          });
      server.start();
      servers.add(server);
      yml.append("  w")
          .append(k)
          .append(": {outlet: 本地网")
          .append(k)
          .append(", kind: media, hosts: ['")
          .append(ip)
          .append("'], delay: 100ms, entries: [{type: list, url: '")
          .append(base)
          .append("/list.html', links: 'ul a'}]}\n");
    }
    Path sources = dir.resolve("sources.yml");
    Files.writeString(sources, yml, StandardCharsets.UTF_8);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE hinews");
      }
      String url = pg.getJdbcUrl("postgres", "hinews");
      List<Process> workers = new ArrayList<>();
      for (int w = 1; w <= 2; w++) {
        Path home = dir.resolve("home" + w);
        Files.createDirectories(home);
        Files.writeString(
            home.resolve("hinews.yml"),
            "database:\n  url: '" + url + "'\n  user: postgres\n  password: ''\n",
            StandardCharsets.UTF_8);
      }
      // both started at once, as an operator's two terminals (or two machines) would
      for (int w = 1; w <= 2; w++) {
        workers.add(
            hinews(
                w,
                "worker",
                "--once",
                "--threads",
                "1",
                "--sources",
                sources.toString(),
                "--allow-private-addresses"));
      }
      for (int w = 0; w < 2; w++) {
        assertThat(workers.get(w).waitFor(240, TimeUnit.SECONDS))
            .as("worker %d ends", w + 1)
            .isTrue();
        assertThat(workers.get(w).exitValue())
            .as("worker %d: %s", w + 1, Files.readString(dir.resolve("out" + (w + 1) + ".log")))
            .isZero();
      }
      try (Connection c = pg.getDatabase("postgres", "hinews").getConnection();
          Statement s = c.createStatement()) {
        assertThat(one(s, "SELECT COUNT(*) FROM article WHERE url LIKE '%/news/2026/1201/%'"))
            .isEqualTo(SITES * ARTICLES);
        assertThat(one(s, "SELECT COUNT(DISTINCT url) FROM article"))
            .isEqualTo(one(s, "SELECT COUNT(*) FROM article"));
        assertThat(one(s, "SELECT COUNT(*) FROM analysis_queue")).isZero();
        assertThat(
                one(
                    s,
                    "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM"
                        + " article_analysis j WHERE j.article_id = a.id)"))
            .isZero();
        // judged once: one judgement per article
        assertThat(one(s, "SELECT COUNT(*) FROM article_analysis"))
            .isEqualTo(one(s, "SELECT COUNT(*) FROM article"));
        // the fetches were shared: both workers fetched, and nothing twice
        assertThat(one(s, "SELECT COUNT(*) FROM worker WHERE fetches > 0")).isEqualTo(2);
      }
      for (Map.Entry<String, AtomicInteger> e : hits.entrySet()) {
        if (e.getKey().contains("/news/") || e.getKey().endsWith("/list.html")) {
          assertThat(e.getValue().get()).as(e.getKey()).isEqualTo(1);
        }
      }
      Process status = hinews(1, "status");
      assertThat(status.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String shown = Files.readString(dir.resolve("out1.log"));
      assertThat(status.exitValue()).as(shown).isZero();
      assertThat(shown).contains("抓取队列：到期 0，租出 0").contains("分析队列：等待 0，租出 0").contains("已停止");
    } finally {
      servers.forEach(s -> s.stop(0));
    }
  }

  private static long one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Process hinews(int w, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                HinewsMain.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out" + w + ".log").toFile());
    pb.environment().put("HINEWS_HOME", dir.resolve("home" + w).toString());
    pb.environment().put("HINEWS_DEMO", "0");
    return pb.start();
  }
}
