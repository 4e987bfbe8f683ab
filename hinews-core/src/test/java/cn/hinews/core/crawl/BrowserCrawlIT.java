package cn.hinews.core.crawl;

import static cn.hinews.core.crawl.FixtureWeb.article;
import static cn.hinews.core.crawl.FixtureWeb.paragraphs;
import static cn.hinews.core.crawl.FixtureWeb.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that shows its content only after a JavaScript challenge has set a cookie (as 国家卫生健康委
 * does: HTTP 412 and a script), crawled through headless Chromium from Debian's package.
 */
class BrowserCrawlIT {
  @TempDir Path dir;

  /** 412 and a script that sets the cookie and reloads, unless the cookie is there. */
  static FixtureWeb.Handler challenged(String html) {
    return ex -> {
      String cookie = ex.getRequestHeaders().getFirst("Cookie");
      if (cookie != null && cookie.contains("ts=passed")) {
        send(ex, 200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
      } else {
        challenge(ex);
      }
    };
  }

  static void challenge(HttpExchange ex) throws IOException {
    send(
        ex,
        412,
        ("<html><head><script>document.cookie='ts=passed; path=/';"
                + "setTimeout(function(){location.reload()},50);</script></head><body></body></html>")
            .getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8");
  }

  @Test
  void theChallengeIsPassedAndTheArticlesStored() throws Exception {
    Path chromium =
        BrowserFetcher.findChromium()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Chromium is missing: apt-get install chromium (.ci/run does)"));
    try (FixtureWeb web = new FixtureWeb()) {
      FixtureWeb.Site site = web.site("127.0.0.9");
      site.on(
          "/xcs/list.shtml",
          challenged(
              "<ul class=zxxx_list><li><a href='/xcs/202601/aaa111.shtml'>一</a></li>"
                  + "<li><a href='/xcs/202601/bbb222.shtml'>二</a></li></ul>"));
      site.on(
          "/xcs/202601/aaa111.shtml",
          challenged(
              article("国家卫生健康委召开新闻发布会", "2026-01-16 10:00", "国家卫生健康委", paragraphs("国家卫生健康委", 1))));
      site.on(
          "/xcs/202601/bbb222.shtml",
          challenged(
              article("全民健康信息化工作推进会召开", "2026-01-15 09:00", "国家卫生健康委", paragraphs("国家卫生健康委", 2))));
      site.on("/robots.txt", BrowserCrawlIT::challenge);
      web.start();
      SourceRegistry registry =
          SourceRegistry.read(
              new StringReader(
                  "sources:\n  nhc-like: {outlet: 国家卫生健康委, kind: government, hosts: ['127.0.0.9'],"
                      + " fetcher: browser, delay: 0s, entries: [{type: list, url: '"
                      + site.url("/xcs/list.shtml")
                      + "', links: 'ul.zxxx_list a'}]}\n"),
              "t.yml");
      FetchSettings settings = FetchSettings.defaults();
      AddressGuard guard = AddressGuard.standard(true);
      try (Store store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"))) {
        Crawler crawler =
            new Crawler(
                store,
                registry,
                Extractors.standard(registry, Clock.systemUTC()),
                new HttpFetcher(
                    settings, d -> Thread.sleep(d.toMillis()), Clock.systemUTC(), guard),
                Optional.of(new BrowserFetcher(chromium, settings, guard, Duration.ofSeconds(5))),
                CrawlOptions.defaults(),
                Clock.systemUTC(),
                CrawlListener.NONE);
        CrawlReport report = crawler.runOnce(s -> true);
        assertThat(report.failures()).isEmpty();
        assertThat(report.totalNewArticles()).isEqualTo(2);
        StoredArticle a =
            store
                .read(s -> s.articles().findByUrl(site.url("/xcs/202601/aaa111.shtml")))
                .orElseThrow();
        assertThat(a.article().title()).isEqualTo("国家卫生健康委召开新闻发布会");
        // every page was first refused (412) and then served with the cookie
        assertThat(site.hits("/xcs/202601/aaa111.shtml")).isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void plainHttpGetsOnlyThe412() throws Exception {
    try (FixtureWeb web = new FixtureWeb()) {
      FixtureWeb.Site site = web.site("127.0.0.9");
      site.on("/x.shtml", challenged("<p>正文</p>"));
      web.start();
      FetchResult r =
          new HttpFetcher(FetchSettings.defaults(), d -> {}, Clock.systemUTC())
              .fetch(site.url("/x.shtml"), Optional.empty(), Optional.empty());
      assertThat(r.outcome()).isEqualTo(FetchResult.Outcome.CLIENT_ERROR);
      assertThat(r.status()).isEqualTo(412);
    }
  }
}
