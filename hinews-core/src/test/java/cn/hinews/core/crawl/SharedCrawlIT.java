package cn.hinews.core.crawl;

import static cn.hinews.core.crawl.FixtureWeb.article;
import static cn.hinews.core.crawl.FixtureWeb.paragraphs;
import static cn.hinews.core.crawl.FixtureWeb.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.LeaseCount;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three crawl workers, each a process of its own on a "machine" of its own, share one PostgreSQL
 * database over three loopback sites; one is killed with SIGKILL mid-crawl. Every article is stored
 * once, every host's delay holds across the workers, and the killed worker's leased URLs are taken
 * over by the others when its leases run out.
 */
class SharedCrawlIT {
  static final int SITES = 3;
  static final int ARTICLES = 30;
  static final long DELAY_MS = 200;
  @TempDir Path dir;

  @Test
  void threeWorkersOneKilledStoreEveryArticleOnceAndKeepEveryHostsDelay() throws Exception {
    try (TestPostgres postgres = TestPostgres.start("shared");
        FixtureWeb web = new FixtureWeb()) {
      List<FixtureWeb.Site> sites = new ArrayList<>();
      StringBuilder yml = new StringBuilder("sources:\n");
      for (int k = 0; k < SITES; k++) {
        FixtureWeb.Site site = web.site("127.0.0." + (31 + k));
        sites.add(site);
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 0; i < ARTICLES; i++) {
          String path = "/news/2026/1201/" + i + ".html";
          list.append("<li><a href='").append(path).append("'>").append(i).append("</a></li>");
          String html =
              article(
                  "第" + k + "站第" + i + "篇",
                  "2026-12-01 10:00",
                  "共享日报" + k,
                  paragraphs("卫生健康委" + k, i));
          site.on(
              path,
              ex -> {
                Thread.sleep(60);
                send(ex, 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
              });
        }
        site.page("/list.html", list + "</ul>");
        yml.append("  s")
            .append(k)
            .append(": {outlet: 共享日报")
            .append(k)
            .append(", kind: media, hosts: ['127.0.0.")
            .append(31 + k)
            .append("'], delay: ")
            .append(DELAY_MS)
            .append("ms, entries: [{type: list, url: '")
            .append(site.url("/list.html"))
            .append("', links: 'ul a'}]}\n");
      }
      web.start();
      Path sources = dir.resolve("sources.yml");
      Files.writeString(sources, yml, StandardCharsets.UTF_8);
      DatabaseConfig db = postgres.freshDatabase();
      try (Store store = Store.open(db, dir.resolve("home0"))) {
        // migrated once before the workers start
      }
      // worker 1 starts first and leases the lists' articles; 2 and 3 join while it crawls
      List<Process> workers = new ArrayList<>();
      workers.add(start(db, sources, 1));
      Process victim = workers.get(0);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (hits(sites) < 8 && System.nanoTime() < deadline && victim.isAlive()) {
        Thread.sleep(10);
      }
      workers.add(start(db, sources, 2));
      workers.add(start(db, sources, 3));
      while (hits(sites) < 20 && System.nanoTime() < deadline && victim.isAlive()) {
        Thread.sleep(10);
      }
      List<String> heldByVictim = new ArrayList<>();
      try (Store store = Store.open(db, dir.resolve("home0"))) {
        for (LeaseCount c : store.read(s -> s.frontierLeases().holders(Instant.now()))) {
          if (c.worker().startsWith("machine-1:")) {
            heldByVictim.add(c.worker() + " " + c.rows());
          }
        }
      }
      assertThat(victim.isAlive()).as("worker 1 was still crawling when killed").isTrue();
      victim.destroyForcibly(); // SIGKILL: its leases stay in the database until they run out
      assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
      for (int w = 1; w < 3; w++) {
        assertThat(workers.get(w).waitFor(120, TimeUnit.SECONDS))
            .as("worker %d finished", w + 1)
            .isTrue();
        assertThat(workers.get(w).exitValue()).isZero();
      }

      try (Store store = Store.open(db, dir.resolve("home0"))) {
        List<String> urls = new ArrayList<>();
        for (StoredArticle a : store.read(s -> s.articles().latest(1000))) {
          urls.add(a.article().url());
        }
        assertThat(urls).hasSize(SITES * ARTICLES).doesNotHaveDuplicates();
        long fetched = store.read(s -> s.frontier().count(FrontierEntry.State.FETCHED));
        assertThat(fetched).isEqualTo(SITES * (ARTICLES + 1L));
        List<LeaseCount> left = store.read(s -> s.frontierLeases().holders(Instant.now()));
        assertThat(left).isEmpty();
      }
      assertThat(heldByVictim).as("the killed worker held URLs when it died").isNotEmpty();
      for (FixtureWeb.Site site : sites) {
        List<Long> times = new ArrayList<>(site.hitTimes);
        times.sort(Long::compare);
        for (int i = 1; i < times.size(); i++) {
          long gapMs = (times.get(i) - times.get(i - 1)) / 1_000_000;
          // the delay is between the starts of two requests; the server notes them a little later,
          // by a few ms, or tens on a loaded machine
          assertThat(gapMs)
              .as("gap before request %d to %s", i, site.host)
              .isGreaterThan(DELAY_MS - 60);
        }
        // only what was in flight at the kill was fetched twice
        assertThat(times.size()).isLessThanOrEqualTo(ARTICLES + 1 + 1 + 3 + 2);
      }
    }
  }

  private Process start(DatabaseConfig db, Path sources, int w) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                WorkerChild.class.getName(),
                db.url(),
                db.user(),
                dir.resolve("home" + w).toString(),
                sources.toString(),
                "4")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("worker" + w + ".log").toFile());
    pb.environment().put("HOSTNAME", "machine-" + w);
    return pb.start();
  }

  private static int hits(List<FixtureWeb.Site> sites) {
    int n = 0;
    for (FixtureWeb.Site s : sites) {
      n += s.hitTimes.size();
    }
    return n;
  }
}
