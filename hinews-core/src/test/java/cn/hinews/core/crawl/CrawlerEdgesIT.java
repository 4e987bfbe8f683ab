package cn.hinews.core.crawl;

import static cn.hinews.core.crawl.FixtureWeb.article;
import static cn.hinews.core.crawl.FixtureWeb.paragraphs;
import static cn.hinews.core.crawl.FixtureWeb.send;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.extract.Extractors;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.FrontierEntry;
import cn.hinews.core.store.Store;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the review of the crawler found: each case a site of its own on loopback. */
class CrawlerEdgesIT {
  @TempDir Path dir;

  Crawler crawler(Store store, SourceRegistry registry, CrawlOptions options) {
    FetchSettings fetch =
        new FetchSettings(
            "hinews-test/1.0",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(3),
            8L << 20,
            5,
            1,
            Duration.ofMillis(100),
            Duration.ofSeconds(1));
    return new Crawler(
        store,
        registry,
        Extractors.standard(registry, Clock.systemUTC()),
        new HttpFetcher(fetch, d -> Thread.sleep(d.toMillis()), Clock.systemUTC()),
        Optional.empty(),
        options,
        Clock.systemUTC(),
        CrawlListener.NONE);
  }

  static SourceRegistry registry(String yml) {
    return SourceRegistry.read(new StringReader("sources:\n" + yml), "t.yml");
  }

  Store store() {
    return Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
  }

  @Test
  void anUnreachableRobotsTxtDefersTheSiteInsteadOfGivingItUp() throws Exception {
    AtomicInteger robotsHits = new AtomicInteger();
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site site = web.site("127.0.0.20");
      site.on(
          "/robots.txt",
          ex -> {
            robotsHits.incrementAndGet();
            send(ex, 503, new byte[0], "text/plain");
          });
      site.page("/list.html", "<a href='/a/2026/0116/1.html'>一</a>");
      web.start();
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.20'], delay: 0s, entries: [{type: list, url: '"
                  + site.url("/list.html")
                  + "'}]}\n");
      crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      FrontierEntry entry =
          store.read(s -> s.frontier().find(site.url("/list.html"))).orElseThrow();
      assertThat(entry.state()).isEqualTo(FrontierEntry.State.FAILED);
      assertThat(entry.lastError()).get().asString().startsWith("ROBOTS_UNREACHABLE");
      assertThat(entry.nextDue()).isBefore(Instant.now().plus(Duration.ofHours(2)));
      assertThat(site.hits("/list.html")).isZero();
    }
  }

  @Test
  void aRedirectAwayFromTheSourceIsNotStoredAsItsArticle() throws Exception {
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site other = web.site("127.0.0.22");
      other.page("/login.html", article("请登录", "2026-01-16", "别的网", paragraphs("别处", 1)));
      FixtureWeb.Site site = web.site("127.0.0.21");
      site.page("/list.html", "<a href='/a/2026/0116/1.html'>一</a>");
      site.on(
          "/a/2026/0116/1.html",
          ex -> {
            ex.getResponseHeaders().set("Location", other.url("/login.html"));
            send(ex, 302, new byte[0], "text/html");
          });
      web.start();
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.21'], delay: 0s, entries: [{type: list, url: '"
                  + site.url("/list.html")
                  + "'}]}\n");
      CrawlReport report = crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      assertThat(report.totalNewArticles()).isZero();
      FrontierEntry a =
          store.read(s -> s.frontier().find(site.url("/a/2026/0116/1.html"))).orElseThrow();
      assertThat(a.lastError())
          .get()
          .asString()
          .startsWith("REDIRECTED_AWAY")
          .contains("/login.html");
    }
  }

  @Test
  void aSitemapIndexCannotSendTheCrawlerToAnotherHost() throws Exception {
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site elsewhere = web.site("127.0.0.27");
      elsewhere.on(
          "/internal-sitemap.xml",
          ex -> send(ex, 200, "<urlset/>".getBytes(StandardCharsets.UTF_8), "text/xml"));
      FixtureWeb.Site site = web.site("127.0.0.26");
      String index =
          "<?xml version=\"1.0\"?><sitemapindex"
              + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
              + elsewhere.url("/internal-sitemap.xml")
              + "</loc></sitemap></sitemapindex>";
      site.on(
          "/sitemap.xml", ex -> send(ex, 200, index.getBytes(StandardCharsets.UTF_8), "text/xml"));
      web.start();
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.26'], delay: 0s, entries: [{type: sitemap, url: '"
                  + site.url("/sitemap.xml")
                  + "'}]}\n");
      CrawlReport report = crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      assertThat(site.hits("/sitemap.xml")).isEqualTo(1);
      assertThat(elsewhere.hits("/internal-sitemap.xml")).isZero();
      Optional<FrontierEntry> child =
          store.read(s -> s.frontier().find(elsewhere.url("/internal-sitemap.xml")));
      assertThat(child).isEmpty();
      assertThat(report.totalNewArticles()).isZero();
    }
  }

  @Test
  void aUrlKnownAsAnArticleBecomesAnEntryPointWhenConfiguredAsOne() throws Exception {
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site site = web.site("127.0.0.23");
      site.page("/list.html", "<a href='/a/2026/0116/1.html'>一</a>");
      site.page("/a/2026/0116/1.html", article("文章一", "2026-01-16", "甲", paragraphs("卫生健康委", 1)));
      web.start();
      store.inTransaction(
          s -> {
            s.frontier()
                .discover(site.url("/list.html"), "s", FrontierEntry.Kind.ARTICLE, Instant.now());
            s.frontier()
                .failed(
                    site.url("/list.html"),
                    "EXTRACTION_FAILED: a list",
                    Instant.parse("9999-01-01T00:00:00Z"),
                    true);
            return null;
          });
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.23'], delay: 0s, entries: [{type: list, url: '"
                  + site.url("/list.html")
                  + "'}]}\n");
      CrawlReport report = crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      assertThat(report.totalNewArticles()).isEqualTo(1);
      FrontierEntry list = store.read(s -> s.frontier().find(site.url("/list.html"))).orElseThrow();
      assertThat(list.kind()).isEqualTo(FrontierEntry.Kind.ENTRY);
      assertThat(list.state()).isEqualTo(FrontierEntry.State.FETCHED);
    }
  }

  @Test
  void oversizedFieldsAndLinksDoNotStallTheHost() throws Exception {
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site site = web.site("127.0.0.24");
      String longTitle = "超长标题".repeat(800);
      String longLink = "/a/2026/0116/" + "x".repeat(3000) + ".html";
      site.page(
          "/list.html",
          "<a href='/a/2026/0116/1.html'>一</a><a href='"
              + longLink
              + "'>长</a>"
              + "<a href='/a/2026/0116/2.html'>二</a>");
      site.on(
          "/a/2026/0116/1.html",
          ex -> {
            ex.getResponseHeaders().set("ETag", "\"" + "e".repeat(500) + "\"");
            send(
                ex,
                200,
                article(longTitle, "2026-01-16", "甲", paragraphs("卫生健康委", 1))
                    .getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8");
          });
      site.page("/a/2026/0116/2.html", article("文章二", "2026-01-16", "甲", paragraphs("卫生健康委", 2)));
      web.start();
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.24'], delay: 0s, entries: [{type: list, url: '"
                  + site.url("/list.html")
                  + "'}]}\n");
      CrawlReport report = crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      assertThat(report.totalNewArticles()).isEqualTo(2);
      assertThat(report.failures()).isEmpty();
      String stored =
          store
              .read(s -> s.articles().findByUrl(site.url("/a/2026/0116/1.html")))
              .orElseThrow()
              .article()
              .title();
      assertThat(stored).hasSize(1000).endsWith("…");
    }
  }

  @Test
  void aHostOverItsBudgetWaitsForTheNextPass() throws Exception {
    try (FixtureWeb web = new FixtureWeb();
        Store store = store()) {
      FixtureWeb.Site site = web.site("127.0.0.25");
      StringBuilder list = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        list.append("<a href='/a/2026/0116/").append(i).append(".html'>").append(i).append("</a>");
        site.page(
            "/a/2026/0116/" + i + ".html",
            article("文章" + i, "2026-01-16", "甲", paragraphs("卫生健康委", i)));
      }
      site.page("/list.html", list.toString());
      web.start();
      SourceRegistry r =
          registry(
              "  s: {outlet: 甲, kind: media, hosts: ['127.0.0.25'], delay: 400ms, entries: [{type: list, url: '"
                  + site.url("/list.html")
                  + "'}]}\n");
      CrawlOptions d = CrawlOptions.defaults();
      CrawlOptions tight =
          new CrawlOptions(
              d.concurrency(),
              d.minDelay(),
              d.maxPerHost(),
              d.maxArticlesPerEntry(),
              d.maxAttempts(),
              d.retryBase(),
              Duration.ofMillis(900));
      CrawlReport first = crawler(store, r, tight).runOnce(s -> true);
      assertThat(first.totalNewArticles()).isBetween(1, 4);
      CrawlReport rest = crawler(store, r, CrawlOptions.defaults()).runOnce(s -> true);
      assertThat(first.totalNewArticles() + rest.totalNewArticles()).isEqualTo(6);
    }
  }
}
