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
import cn.hinews.core.store.SourceHealth;
import cn.hinews.core.store.Store;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler against fixture sites on loopback: RSS, paginated lists with an endless trap, a GBK
 * government site without a charset, robots.txt, JSON and sitemaps, and a hostile site (500, 429
 * with Retry-After, a slow answer, a reset, a redirect loop, 50 MB, a wrong content type).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerIT {
  static final Charset GBK = Charset.forName("GBK");
  @TempDir static Path dir;
  FixtureWeb web;
  FixtureWeb.Site rss;
  FixtureWeb.Site list;
  FixtureWeb.Site gbk;
  FixtureWeb.Site robots;
  FixtureWeb.Site json;
  FixtureWeb.Site hostile;
  final AtomicInteger tooMany = new AtomicInteger();
  Store store;
  SourceRegistry registry;
  CrawlReport first;
  Duration firstTook;

  @BeforeAll
  void crawlOnce() throws Exception {
    web = new FixtureWeb();
    rss = web.site("127.0.0.2");
    String feed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>健康</title>"
            + "<pubDate>2026-01-16 10:00:00</pubDate>"
            + item(rss, "/n1/2026/0116/c1-1001.html")
            + item(rss, "/n1/2026/0116/c1-1002.html")
            + item(rss, "/n1/2026/0116/c1-1003.html")
            + item(rss, "/n1/2026/0116/c1-404.html")
            + "</channel></rss>";
    rss.on(
        "/rss.xml",
        ex -> send(ex, 200, feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml"));
    for (int i = 1001; i <= 1003; i++) {
      rss.page(
          "/n1/2026/0116/c1-" + i + ".html",
          article("健康频道文章" + i, "2026年01月16日 10:2" + (i - 1000), "测试日报", paragraphs("市卫生健康委", i)));
    }
    rss.on("/n1/2026/0116/c1-404.html", ex -> send(ex, 404, new byte[0], "text/html"));

    list = web.site("127.0.0.3");
    for (int page = 0; page < 50; page++) {
      String self = page == 0 ? "/news/index.html" : "/news/index_" + page + ".html";
      String html =
          "<html><body><ul class=news><li><a href='/news/2026/0116/p"
              + page
              + "a.html'>甲</a></li><li><a href='/news/2026/0116/p"
              + page
              + "b.html'>乙</a></li></ul><a class=next href='/news/index_"
              + (page + 1)
              + ".html'>下一页</a></body></html>";
      list.page(self, html);
      for (String s : new String[] {"a", "b"}) {
        list.page(
            "/news/2026/0116/p" + page + s + ".html",
            article("列表文章" + page + s, "2026-01-16 09:00", "列表晚报", paragraphs("区卫生健康委", page * 2)));
      }
    }

    gbk = web.site("127.0.0.4");
    gbk.on(
        "/xxgk/index.html",
        ex ->
            send(
                ex,
                200,
                ("<html><head><title>通知公告</title></head><body><div class=list>"
                        + "<a href='/xxgk/202601/t20260116_1.html'>关于推进智慧医院建设的通知</a>"
                        + "<a href='/xxgk/202601/t20260116_2.html'>卫生健康数据安全管理办法解读</a>"
                        + "<a href='/about.html'>关于我们</a></div></body></html>")
                    .getBytes(GBK),
                "text/html"));
    gbk.on(
        "/xxgk/202601/t20260116_1.html",
        ex ->
            send(
                ex,
                200,
                article("关于推进智慧医院建设的通知", "发布时间：2026-01-16", "某市卫生健康委员会", paragraphs("市卫生健康委员会", 1))
                    .getBytes(GBK),
                "text/html"));
    gbk.on(
        "/xxgk/202601/t20260116_2.html",
        ex ->
            send(
                ex,
                200,
                article("卫生健康数据安全管理办法解读", "发布时间：2026-01-15", "某市卫生健康委员会", paragraphs("市卫生健康委员会", 2))
                    .getBytes(GBK),
                "text/html"));

    robots = web.site("127.0.0.5");
    robots.page("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n");
    robots.on(
        "/robots.txt",
        ex ->
            send(
                ex,
                200,
                "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n"
                    .getBytes(StandardCharsets.UTF_8),
                "text/plain"));
    robots.page(
        "/list.html",
        "<a href='/news/2026/0116/1.html'>公开</a><a href='/private/2026/0116/2.html'>内部</a>");
    robots.page(
        "/news/2026/0116/1.html", article("公开的文章", "2026-01-16", "守规矩网", paragraphs("卫生健康委", 7)));
    robots.page(
        "/private/2026/0116/2.html",
        article("不许抓的文章", "2026-01-16", "守规矩网", paragraphs("卫生健康委", 8)));

    json = web.site("127.0.0.6");
    json.on(
        "/list.json",
        ex ->
            send(
                ex,
                200,
                ("[{\"TITLE\":\"一\",\"URL\":\""
                        + json.url("/zhengce/202601/content_1.htm")
                        + "\"},{\"TITLE\":\"二\",\"URL\":\"/zhengce/202601/content_2.htm\"}]")
                    .getBytes(StandardCharsets.UTF_8),
                "application/json"));
    json.on(
        "/robots.txt",
        ex ->
            send(
                ex,
                200,
                ("Sitemap: " + json.url("/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8),
                "text/plain"));
    json.on(
        "/sitemap.xml",
        ex ->
            send(
                ex,
                200,
                ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                        + "<url><loc>"
                        + json.url("/zhengce/202601/content_2.htm")
                        + "</loc></url>"
                        + "<url><loc>"
                        + json.url("/zhengce/202601/content_3.htm")
                        + "</loc></url></urlset>")
                    .getBytes(StandardCharsets.UTF_8),
                "application/xml"));
    for (int i = 1; i <= 3; i++) {
      json.page(
          "/zhengce/202601/content_" + i + ".htm",
          article("政策文件" + i, "2026-01-1" + i, "政府网", paragraphs("国务院办公厅", 30 + i)));
    }

    hostile = web.site("127.0.0.7");
    hostile.page(
        "/hostile.html",
        "<ul>"
            + link("/a/ok.html")
            + link("/a/500.html")
            + link("/a/429.html")
            + link("/a/slow.html")
            + link("/a/reset.html")
            + link("/a/loop1.html")
            + link("/a/big.html")
            + link("/a/binary.html")
            + link(json.url("/zhengce/202601/content_1.htm"))
            + "</ul>");
    hostile.page("/a/ok.html", article("正常的文章", "2026-01-16", "凶险网", paragraphs("卫生健康委", 11)));
    hostile.on(
        "/a/500.html", ex -> send(ex, 500, "oops".getBytes(StandardCharsets.UTF_8), "text/plain"));
    hostile.on(
        "/a/429.html",
        ex -> {
          if (tooMany.incrementAndGet() == 1) {
            ex.getResponseHeaders().set("Retry-After", "1");
            send(ex, 429, new byte[0], "text/plain");
          } else {
            send(
                ex,
                200,
                article("限流后的文章", "2026-01-16", "凶险网", paragraphs("卫生健康委", 12))
                    .getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8");
          }
        });
    hostile.on(
        "/a/slow.html",
        ex -> {
          Thread.sleep(8_000);
          send(ex, 200, "太慢".getBytes(StandardCharsets.UTF_8), "text/html");
        });
    hostile.on("/a/reset.html", ex -> ex.getHttpContext()); // closed without an answer
    hostile.on(
        "/a/loop1.html",
        ex -> {
          ex.getResponseHeaders().set("Location", "/a/loop2.html");
          send(ex, 302, new byte[0], "text/html");
        });
    hostile.on(
        "/a/loop2.html",
        ex -> {
          ex.getResponseHeaders().set("Location", "/a/loop1.html");
          send(ex, 302, new byte[0], "text/html");
        });
    hostile.on(
        "/a/big.html",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0); // chunked: no length announced
          byte[] chunk = "<p>大</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
          try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < 50L << 20; sent += chunk.length) {
              out.write(chunk);
            }
          }
        });
    hostile.on(
        "/a/binary.html",
        ex -> {
          byte[] png = new byte[20_000];
          for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 131 + 17);
          }
          send(ex, 200, png, "text/html");
        });
    web.start();

    String sources =
        "sources:\n"
            + source(
                "rss-site",
                "测试日报",
                "media",
                rss,
                "[{type: feed, url: '" + rss.url("/rss.xml") + "'}]",
                "")
            + source(
                "list-site",
                "列表晚报",
                "media",
                list,
                "[{type: list, url: '"
                    + list.url("/news/index.html")
                    + "', links: 'ul.news a', next: 'a.next', pages: 3}]",
                "")
            + source(
                "gbk-gov",
                "某市卫生健康委",
                "government",
                gbk,
                "['" + gbk.url("/xxgk/index.html") + "']",
                "")
            + source(
                "robots-site",
                "守规矩网",
                "media",
                robots,
                "[{type: list, url: '" + robots.url("/list.html") + "', links: a}]",
                "")
            + source(
                "json-site",
                "政府网",
                "government",
                json,
                "[{type: json, url: '"
                    + json.url("/list.json")
                    + "'}, {type: robots, url: '"
                    + json.url("/robots.txt")
                    + "'}]",
                "")
            + source(
                "hostile",
                "凶险网",
                "media",
                hostile,
                "[{type: list, url: '" + hostile.url("/hostile.html") + "', links: 'ul a'}]",
                "");
    registry = SourceRegistry.read(new StringReader(sources), "test-sources.yml");
    store = Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
    first = crawler().runOnce(s -> true);
  }

  static String source(
      String id, String outlet, String kind, FixtureWeb.Site site, String entries, String extra) {
    return "  "
        + id
        + ": {outlet: "
        + outlet
        + ", kind: "
        + kind
        + ", hosts: ['"
        + site.host
        + "'], delay: 0s, interval: 1h, entries: "
        + entries
        + extra
        + "}\n";
  }

  static String item(FixtureWeb.Site site, String path) {
    return "<item><title><![CDATA[条目]]></title><link>"
        + site.url(path)
        + "</link><pubDate>2026-01-16</pubDate></item>";
  }

  static String link(String href) {
    return "<li><a href='" + href + "'>链接</a></li>";
  }

  Crawler crawler() {
    FetchSettings fetch =
        new FetchSettings(
            "hinews-test/1.0 (+mailto:test@example.cn)",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(3),
            8L << 20,
            5,
            2,
            Duration.ofMillis(200),
            Duration.ofSeconds(2));
    HttpFetcher http =
        new HttpFetcher(
            fetch, d -> Thread.sleep(d.toMillis()), Clock.systemUTC(), AddressGuard.standard(true));
    return new Crawler(
        store,
        registry,
        Extractors.standard(registry, Clock.systemUTC()),
        http,
        Optional.empty(),
        CrawlOptions.defaults(),
        Clock.systemUTC(),
        CrawlListener.NONE);
  }

  @AfterAll
  void stop() {
    if (web != null) {
      web.close();
    }
    if (store != null) {
      store.close();
    }
  }

  List<String> storedUrls() {
    return store.read(
        s -> {
          List<String> out = new ArrayList<>();
          for (StoredArticle a : s.articles().latest(10_000)) {
            out.add(a.article().url());
          }
          return out;
        });
  }

  FrontierEntry frontier(String url) {
    return store
        .read(s -> s.frontier().find(url))
        .orElseThrow(() -> new AssertionError("not in the frontier: " + url));
  }

  @Test
  void everyArticleThatShouldBeFoundIsStoredExactlyOnce() {
    List<String> stored = storedUrls();
    List<String> expected = new ArrayList<>();
    for (int i = 1001; i <= 1003; i++) {
      expected.add(rss.url("/n1/2026/0116/c1-" + i + ".html"));
    }
    for (int page = 0; page < 3; page++) {
      expected.add(list.url("/news/2026/0116/p" + page + "a.html"));
      expected.add(list.url("/news/2026/0116/p" + page + "b.html"));
    }
    expected.add(gbk.url("/xxgk/202601/t20260116_1.html"));
    expected.add(gbk.url("/xxgk/202601/t20260116_2.html"));
    expected.add(robots.url("/news/2026/0116/1.html"));
    for (int i = 1; i <= 3; i++) {
      expected.add(json.url("/zhengce/202601/content_" + i + ".htm"));
    }
    expected.add(hostile.url("/a/ok.html"));
    expected.add(hostile.url("/a/429.html"));
    assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(first.totalNewArticles()).isEqualTo(expected.size());
    // each article page was fetched once (content_2 was listed by the JSON and the sitemap)
    assertThat(json.hits("/zhengce/202601/content_2.htm")).isEqualTo(1);
    assertThat(rss.hits("/n1/2026/0116/c1-1001.html")).isEqualTo(1);
  }

  @Test
  void gbkPagesWithoutCharsetAreReadAsChinese() {
    StoredArticle a =
        store
            .read(s -> s.articles().findByUrl(gbk.url("/xxgk/202601/t20260116_1.html")))
            .orElseThrow();
    assertThat(a.article().title()).isEqualTo("关于推进智慧医院建设的通知");
    assertThat(a.article().body().get(0).text()).contains("互联网医院");
    assertThat(storedUrls()).doesNotContain(gbk.url("/about.html"));
  }

  @Test
  void theEndlessPaginationStopsAtItsPageCount() {
    assertThat(list.hits("/news/index.html")).isEqualTo(1);
    assertThat(list.hits("/news/index_2.html")).isEqualTo(1);
    assertThat(list.hits("/news/index_3.html")).isZero();
  }

  @Test
  void robotsTxtIsObeyedAndItsCrawlDelayKept() {
    assertThat(robots.hits("/private/2026/0116/2.html")).isZero();
    FrontierEntry disallowed = frontier(robots.url("/private/2026/0116/2.html"));
    assertThat(disallowed.state()).isEqualTo(FrontierEntry.State.GONE);
    assertThat(disallowed.lastError()).get().asString().startsWith("ROBOTS_DISALLOWED");
    // list then article: at least the 1 s Crawl-delay between them, though the source asks 0 s
    List<Long> times = new ArrayList<>(robots.hitTimes);
    times.sort(Long::compare);
    List<Long> pages = times.subList(1, times.size()); // the first hit is robots.txt itself
    for (int i = 1; i < pages.size(); i++) {
      assertThat(Duration.ofNanos(pages.get(i) - pages.get(i - 1)))
          .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }
  }

  @Test
  void faultsAreRecordedPerUrlAndNothingHangs() {
    Map<String, String> expected =
        Map.of(
            "/a/500.html", "SERVER_ERROR",
            "/a/slow.html", "TIMEOUT",
            "/a/reset.html", "NETWORK_ERROR",
            "/a/loop1.html", "REDIRECT_LOOP",
            "/a/big.html", "TOO_LARGE",
            "/a/binary.html", "EXTRACTION_FAILED");
    expected.forEach(
        (path, outcome) ->
            assertThat(frontier(hostile.url(path)).lastError())
                .as(path)
                .get()
                .asString()
                .startsWith(outcome));
    assertThat(frontier(hostile.url("/a/500.html")).state()).isEqualTo(FrontierEntry.State.FAILED);
    assertThat(frontier(hostile.url("/a/loop1.html")).state()).isEqualTo(FrontierEntry.State.GONE);
    assertThat(frontier(rss.url("/n1/2026/0116/c1-404.html")).state())
        .isEqualTo(FrontierEntry.State.GONE);
    // 429 then Retry-After 1 s: the second try got it
    assertThat(tooMany.get()).isEqualTo(2);
    // the slow page: 2 tries of 1 s each at most, not its 8 s
    assertThat(hostile.hits("/a/slow.html")).isEqualTo(2);
    assertThat(first.took()).isLessThan(Duration.ofSeconds(30));
    // the link to another source's host was not taken as the hostile site's
    assertThat(frontier(json.url("/zhengce/202601/content_1.htm")).sourceId())
        .isEqualTo("json-site");
    assertThat(first.bySource().get("hostile").failed()).isEqualTo(6);
    assertThat(first.failures()).anySatisfy(f -> assertThat(f).contains("/a/big.html"));
  }

  @Test
  void aSecondPassFetchesNothingNewAndListsAreNotSkipped() throws Exception {
    int listHits = list.hits("/news/index.html");
    CrawlReport again = crawler().runOnce(s -> true);
    assertThat(again.totalNewArticles()).isZero();
    assertThat(list.hits("/news/index.html")).isEqualTo(listHits); // not due before its interval
    // due again: the list is fetched again even though every link on it is known
    store.read(
        s -> {
          s.frontier().dueNow(list.url("/news/index.html"), java.time.Instant.now());
          return null;
        });
    CrawlReport due = crawler().runOnce(s -> s.id().equals("list-site"));
    assertThat(list.hits("/news/index.html")).isEqualTo(listHits + 1);
    assertThat(due.bySource().get("list-site").entriesFetched()).isEqualTo(1);
    assertThat(due.bySource().get("list-site").newUrls()).isZero();
    assertThat(due.totalNewArticles()).isZero();
    assertThat(storedUrls()).doesNotHaveDuplicates();
  }

  @Test
  void healthIsReadFromTheFetchLog() {
    List<SourceHealth> health =
        store.read(s -> s.fetchLog().health(java.time.Instant.now(), 7, Duration.ofDays(3)));
    SourceHealth h =
        health.stream().filter(x -> x.sourceId().equals("hostile")).findFirst().orElseThrow();
    assertThat(h.newArticles()).isEqualTo(2);
    assertThat(h.failures()).isEqualTo(6);
    assertThat(h.lastSuccess()).isPresent();
    assertThat(h.silent()).isFalse();
  }
}
