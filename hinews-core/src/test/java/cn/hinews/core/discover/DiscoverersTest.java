package cn.hinews.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.EntryPoint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscoverersTest {
  private final Discoverers discoverers = Discoverers.standard();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = DiscoverersTest.class.getResourceAsStream("/discover/" + name)) {
      return in.readAllBytes();
    }
  }

  private Discovered run(EntryPoint entry, byte[] body, String contentType) {
    return discoverers.discover(
        entry,
        new EntryPage(entry.url(), body, Optional.ofNullable(contentType), Optional.empty()));
  }

  @Test
  void peoplesFeedWithItsNonRfcDatesGivesAllHundredLinks() throws IOException {
    Discovered d =
        run(
            EntryPoint.of("feed", "http://www.people.com.cn/rss/health.xml"),
            fixture("people-health.xml"),
            "application/xml");
    assertThat(d.articles()).hasSize(100);
    assertThat(d.articles().get(0))
        .isEqualTo("http://health.people.com.cn/n1/2021/0518/c14739-32106795.html");
  }

  @Test
  void xinhuaStyleFeedWithoutDatesAndBrokenXmlStillGivesLinks() {
    String feed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>时政</title>"
            + "<item><title>甲</title><link>http://www.news.cn/politics/2026-01/16/c_1.htm</link>"
            + "Wed,30-Sep-2026 11:37:37 GMT<description>甲 & 乙</description></item>"
            + "<item><title>乙</title><link>http://www.news.cn/politics/2026-01/16/c_2.htm</link>";
    Discovered d =
        run(
            EntryPoint.of("feed", "http://www.news.cn/politics/news_politics.xml"),
            feed.getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(d.articles())
        .containsExactly(
            "http://www.news.cn/politics/2026-01/16/c_1.htm",
            "http://www.news.cn/politics/2026-01/16/c_2.htm");
    assertThat(d.problems()).singleElement().asString().contains("not a readable feed");
  }

  @Test
  void atomFeed() {
    String feed =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>t</title><id>urn:x</id><updated>2026-01-16T10:00:00Z</updated>"
            + "<entry><title>一</title><id>urn:1</id><updated>2026-01-16T10:00:00Z</updated>"
            + "<link rel=\"alternate\" href=\"/news/2026/0116/1.html\"/></entry></feed>";
    Discovered d =
        run(
            EntryPoint.of("feed", "https://example.cn/atom.xml"),
            feed.getBytes(StandardCharsets.UTF_8),
            "application/atom+xml");
    assertThat(d.articles()).containsExactly("https://example.cn/news/2026/0116/1.html");
  }

  @Test
  void govCnJsonList() throws IOException {
    Discovered d =
        run(
            EntryPoint.of("json", "https://www.gov.cn/yaowen/liebiao/YAOWENLIEBIAO.json"),
            fixture("gov-news.json"),
            "application/json");
    assertThat(d.articles())
        .containsExactly(
            "https://www.gov.cn/yaowen/liebiao/202610/content_7082621.htm",
            "https://www.gov.cn/lianbo/202610/content_7082619.htm");
  }

  @Test
  void jsonpWithNestedListAndRelativeLinks() {
    String jsonp =
        "news({\"data\":{\"list\":[{\"title\":\"一\",\"url\":\"/2026/01/16/ARTI1.shtml\"},"
            + "{\"title\":\"二\",\"LinkUrl\":\"https://news.cctv.com/2026/01/16/ARTI2.shtml\"}]}});";
    Discovered d =
        run(
            EntryPoint.of("json", "https://news.cctv.com/cmsdatainterface/page/news_1.jsonp"),
            jsonp.getBytes(StandardCharsets.UTF_8),
            "application/javascript");
    assertThat(d.articles())
        .containsExactly(
            "https://news.cctv.com/2026/01/16/ARTI1.shtml",
            "https://news.cctv.com/2026/01/16/ARTI2.shtml");
  }

  @Test
  void jsonpEdgeCases() {
    for (String body :
        new String[] {
          "var list=[{\"title\":\"会议(图)\",\"url\":\"/a/2026/0116/1.html\"}];",
          "window[\"cb\"]({\"list\":[{\"title\":\"会议(图)\",\"url\":\"/a/2026/0116/1.html\"}]});",
          "cb({\"list\":[{\"title\":\"会议(图)\",\"url\":\"/a/2026/0116/1.html\"}]})"
        }) {
      Discovered d =
          run(
              EntryPoint.of("json", "https://h.cn/list.js"),
              body.getBytes(StandardCharsets.UTF_8),
              "application/javascript");
      assertThat(d.articles()).as(body).containsExactly("https://h.cn/a/2026/0116/1.html");
    }
  }

  @Test
  void badJsonIsAProblemNamingTheUrl() {
    Discovered d =
        run(
            EntryPoint.of("json", "https://www.gov.cn/x.json"),
            "{\"URL\": ".getBytes(StandardCharsets.UTF_8),
            "application/json");
    assertThat(d.articles()).isEmpty();
    assertThat(d.problems()).singleElement().asString().startsWith("https://www.gov.cn/x.json");
  }

  @Test
  void xinhuaListWithoutSelectorTakesTheArticleLinksOnly() throws IOException {
    Discovered d =
        run(
            EntryPoint.of("list", "https://www.news.cn/politics/szlb/index.html"),
            fixture("xinhua-list.html"),
            "text/html");
    assertThat(d.articles()).isNotEmpty();
    assertThat(d.articles())
        .allSatisfy(
            u ->
                assertThat(u)
                    .matches("https://www\\.news\\.cn/politics/\\d{8}/[0-9a-f]{32}/c\\.html"));
  }

  @Test
  void shanghaiListWithItsSelector() throws IOException {
    EntryPoint entry =
        new EntryPoint(
            "list",
            "https://wsjkw.sh.gov.cn/yqtb/index.html",
            Optional.of("ul.uli16 li a"),
            Optional.empty(),
            1,
            Optional.empty(),
            true);
    Discovered d = run(entry, fixture("sh-wjw-list.html"), "text/html; charset=utf-8");
    assertThat(d.articles())
        .contains("https://wsjkw.sh.gov.cn/xwfb/20220426/d4d847dcf3f64fcab102cf5a65656891.html")
        .contains("https://mp.weixin.qq.com/s/SIuDbITNdgWwYyM3eiyrgg")
        .doesNotContain("https://wsjkw.sh.gov.cn/index.html");
  }

  @Test
  void gbkListWithoutCharsetAndPagination() {
    String html =
        "<html><body><div class=list><a href='/xw/2026/0116/a1.html'>卫生健康委员会召开会议</a>"
            + "<a href='/xw/2026/0116/a2.html'>智慧医院建设</a></div>"
            + "<div class=page><a class=next href='index_1.html'>下一页</a></div></body></html>";
    EntryPoint entry =
        new EntryPoint(
            "list",
            "http://wjw.example.gov.cn/xw/index.html",
            Optional.of("div.list a"),
            Optional.of("a.next"),
            3,
            Optional.empty(),
            true);
    Discovered d = run(entry, html.getBytes(Charset.forName("GBK")), "text/html");
    assertThat(d.articles())
        .containsExactly(
            "http://wjw.example.gov.cn/xw/2026/0116/a1.html",
            "http://wjw.example.gov.cn/xw/2026/0116/a2.html");
    assertThat(d.next()).contains("http://wjw.example.gov.cn/xw/index_1.html");
  }

  @Test
  void hanwebCdataRecordsAreRead() {
    String html =
        "<div id='4'><script type='text/xml'><datastore><recordset>"
            + "<record><![CDATA[<li><a href='/art/2026/1/16/art_14_1.html'>医保动态</a><span>2026-01-16</span></li>]]></record>"
            + "</recordset></datastore></script></div>";
    Discovered d =
        run(
            EntryPoint.of("list", "https://www.nhsa.gov.cn/col/col14/index.html"),
            html.getBytes(StandardCharsets.UTF_8),
            "text/html; charset=utf-8");
    assertThat(d.articles()).containsExactly("https://www.nhsa.gov.cn/art/2026/1/16/art_14_1.html");
  }

  @Test
  void sitemapIndexGivesSitemapsAndSitemapGivesNewestFirst() {
    String index =
        "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + "<sitemap><loc>http://www.people.cn/sitemap/cn/politics/news_sitemap.xml</loc></sitemap>"
            + "</sitemapindex>";
    Discovered i =
        run(
            EntryPoint.of("sitemap", "http://www.people.cn/sitemap_index.xml"),
            index.getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(i.entries())
        .containsExactly("http://www.people.cn/sitemap/cn/politics/news_sitemap.xml");
    String map =
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
            + " xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            + "<url><loc>http://politics.people.com.cn/n1/2026/0110/c1-1.html</loc><lastmod>2026-01-10</lastmod></url>"
            + "<url><loc>http://politics.people.com.cn/n1/2026/0116/c1-2.html</loc><lastmod>2026-01-16</lastmod>"
            + "<news:news><news:title>新</news:title></news:news></url></urlset>";
    Discovered m =
        run(
            EntryPoint.of("sitemap", "http://www.people.cn/sitemap/cn/politics/news_sitemap.xml"),
            map.getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(m.articles())
        .containsExactly(
            "http://politics.people.com.cn/n1/2026/0116/c1-2.html",
            "http://politics.people.com.cn/n1/2026/0110/c1-1.html");
  }

  @Test
  void robotsTxtNamesItsSitemaps() {
    String robots =
        "User-agent: *\nCrawl-delay: 120\nSitemap: http://www.people.cn/sitemap_index.xml\n";
    Discovered d =
        run(
            EntryPoint.of("robots", "http://www.people.cn/robots.txt"),
            robots.getBytes(StandardCharsets.UTF_8),
            "text/plain");
    assertThat(d.entries()).containsExactly("http://www.people.cn/sitemap_index.xml");
  }

  @Test
  void garbageNeverThrows() {
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    for (String type : new String[] {"feed", "sitemap", "robots", "list", "json"}) {
      Discovered d = run(EntryPoint.of(type, "https://example.cn/e"), junk, "text/html");
      assertThat(d.articles()).as(type).isEmpty();
    }
  }
}
