package cn.hinews.core.crawl;

import static cn.hinews.core.crawl.FixtureWeb.article;
import static cn.hinews.core.crawl.FixtureWeb.paragraphs;
import static cn.hinews.core.crawl.FixtureWeb.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a crawl, restart: no URL lost, no article stored twice. */
class CrawlRestartIT {
  static final int ARTICLES = 40;
  @TempDir Path dir;

  @Test
  void aKilledCrawlResumesWithoutLossOrDuplicates() throws Exception {
    try (FixtureWeb web = new FixtureWeb()) {
      FixtureWeb.Site site = web.site("127.0.0.10");
      StringBuilder listHtml = new StringBuilder("<ul>");
      for (int i = 0; i < ARTICLES; i++) {
        String path = "/news/2026/0116/" + i + ".html";
        listHtml.append("<li><a href='").append(path).append("'>").append(i).append("</a></li>");
        String html = article("第" + i + "篇文章", "2026-01-16 10:00", "重启日报", paragraphs("卫生健康委", i));
        site.on(
            path,
            ex -> {
              Thread.sleep(150);
              send(ex, 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
            });
      }
      site.page("/list.html", listHtml + "</ul>");
      web.start();
      Path sources = dir.resolve("sources.yml");
      Files.writeString(
          sources,
          "sources:\n  restart: {outlet: 重启日报, kind: media, hosts: ['127.0.0.10'], delay: 0s,"
              + " entries: [{type: list, url: '"
              + site.url("/list.html")
              + "', links: 'ul a'}]}\n",
          StandardCharsets.UTF_8);
      Path home = dir.resolve("home");

      String java = ProcessHandle.current().info().command().orElse("java");
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  CrawlChild.class.getName(),
                  home.toString(),
                  sources.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child.log").toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (articleHits(site) < 12 && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(child.isAlive()).as("the child crawl was still running when killed").isTrue();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of what was in flight
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int hitsBeforeRestart = articleHits(site);
      assertThat(hitsBeforeRestart).isLessThan(ARTICLES);

      SourceRegistry registry = SourceRegistry.read(sources);
      try (Store store = Store.open(new DatabaseConfig("", "", ""), home)) {
        long storedBefore = store.read(s -> s.articles().count());
        assertThat(storedBefore).isGreaterThan(0).isLessThan(ARTICLES);
        CrawlReport resumed =
            new Crawler(
                    store,
                    registry,
                    Extractors.standard(registry, Clock.systemUTC()),
                    new HttpFetcher(FetchSettings.defaults(), d -> {}, Clock.systemUTC()),
                    Optional.empty(),
                    CrawlOptions.defaults(),
                    Clock.systemUTC(),
                    CrawlListener.NONE)
                .runOnce(s -> true);
        List<String> urls = new ArrayList<>();
        store.read(
            s -> {
              for (StoredArticle a : s.articles().latest(1000)) {
                urls.add(a.article().url());
              }
              return null;
            });
        assertThat(urls).hasSize(ARTICLES).doesNotHaveDuplicates();
        assertThat(resumed.totalNewArticles()).isEqualTo(ARTICLES - (int) storedBefore);
        long fetched = store.read(s -> s.frontier().count(FrontierEntry.State.FETCHED));
        assertThat(fetched).isEqualTo(ARTICLES + 1L); // the articles and the list
        // only what was in flight at the kill was fetched twice
        assertThat(articleHits(site) - ARTICLES)
            .isLessThanOrEqualTo(hitsBeforeRestart - (int) storedBefore);
      }
    }
  }

  private static int articleHits(FixtureWeb.Site site) {
    int n = 0;
    for (int i = 0; i < ARTICLES; i++) {
      n += site.hits("/news/2026/0116/" + i + ".html");
    }
    return n;
  }
}
