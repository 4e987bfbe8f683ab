package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hinews crawl}, {@code sources list|test} and {@code reextract} against a loopback site.
 */
class CrawlCommandIT {
  @TempDir Path dir;
  HttpServer server;
  String base;
  Path sources;
  Map<String, String> env;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(
                env,
                dir.toString(),
                new ByteArrayOutputStream(),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .run(args);
    return new Run(code, out.toString(), err.toString());
  }

  static void send(HttpExchange ex, int status, String body, String type) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  static String article(String title, int n) {
    return "<html><head><title>"
        + title
        + "_本地网</title></head><body><h1>"
        + title
        + "</h1><div class=info>2026-01-16 10:00 来源：本地网</div><div class=text>"
        + "<p>第"
        + n
        + "家智慧医院今天通过评审，医院信息系统实现了电子病历和检查结果的互联互通，患者就诊更加方便。</p>"
        + "<p>据了解，该院建成了覆盖全院的数据中心，依托区域卫生信息平台，与社区卫生服务中心共享居民健康档案。</p>"
        + "<p>下一步，医院将继续推进人工智能辅助诊断在影像科和病理科的应用，并加强患者数据的安全保护。</p>"
        + "</div></body></html>";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.11", 0), 0);
    base = "http://127.0.0.11:" + server.getAddress().getPort();
    server.createContext(
        "/rss.xml",
        ex ->
            send(
                ex,
                200,
                "<rss version='2.0'><channel><title>本地</title>"
                    + "<item><title>一</title><link>"
                    + base
                    + "/2026/0116/1.html</link></item>"
                    + "<item><title>二</title><link>"
                    + base
                    + "/2026/0116/2.html</link></item>"
                    + "<item><title>坏</title><link>"
                    + base
                    + "/2026/0116/404.html</link></item>"
                    + "</channel></rss>",
                "application/rss+xml"));
    server.createContext(
        "/2026/0116/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          if (path.endsWith("404.html")) {
            send(ex, 404, "", "text/html");
          } else {
            send(
                ex,
                200,
                article("智慧医院建设第" + path.charAt(11) + "篇", path.charAt(11) - '0'),
                "text/html; charset=utf-8");
          }
        });
    server.createContext("/robots.txt", ex -> send(ex, 404, "", "text/plain"));
    server.start();
    sources = dir.resolve("sources.yml");
    Files.writeString(
        sources,
        "sources:\n  local: {outlet: 本地网, kind: media, hosts: ['127.0.0.11'], delay: 0s,"
            + " entries: ['"
            + base
            + "/rss.xml']}\n",
        StandardCharsets.UTF_8);
    env = Map.of("HINEWS_HOME", dir.resolve("home").toString(), "HINEWS_DEMO", "0");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void crawlOncePrintsCountsPerSourceAndStoresTheArticles() {
    Run crawl =
        run("crawl", "--once", "--sources", sources.toString(), "--allow-private-addresses");
    assertThat(crawl.code()).as(crawl.err()).isZero();
    assertThat(crawl.out())
        .containsPattern("local\\s+1\\s+3\\s+3\\s+2\\s+0\\s+0\\s+1")
        .contains("4 fetches, 2 new articles, 1 failed")
        .contains("failed: CLIENT_ERROR " + base + "/2026/0116/404.html");
    Run again =
        run("crawl", "--once", "--sources", sources.toString(), "--allow-private-addresses");
    assertThat(again.out()).contains("0 fetches, 0 new articles, 0 failed");
    assertThat(crawl.out()).contains("search index: 2 articles and 0 issue items added or updated");
    Run search = run("search", "智慧医院");
    assertThat(search.code()).isZero();
    assertThat(search.out())
        .contains("2 hits")
        .contains("[智慧医院]建设第1篇")
        .contains(base + "/2026/0116/2.html");
    Run none = run("search", "智慧医院", "--outlet", "别的网");
    assertThat(none.out()).contains("0 hits");
    Run bad = run("search", "AND");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("无法解析");
    Run reindex = run("reindex");
    assertThat(reindex.out()).contains("indexed 2 articles and 0 issue items");
    Run reextract = run("reextract");
    assertThat(reextract.code()).isZero();
    assertThat(reextract.out())
        .contains("2 pages read again: 0 revised, 2 unchanged, 0 newly stored, 0 failed");
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowed() {
    Run crawl = run("crawl", "--once", "--sources", sources.toString());
    assertThat(crawl.code()).isEqualTo(1); // the only source could not be crawled at all
    assertThat(crawl.out()).contains("REFUSED").contains("internal address 127.0.0.11");
  }

  @Test
  void sourcesListAndTest() {
    run("crawl", "--once", "--sources", sources.toString(), "--allow-private-addresses");
    Run list = run("sources", "list", "--sources", sources.toString());
    assertThat(list.code()).isZero();
    assertThat(list.out())
        .contains("local")
        .contains("本地网")
        .contains("25%")
        .contains("1 sources: 1 media, 0 government");
    Run defaults = run("sources", "list");
    assertThat(defaults.out())
        .containsPattern("\\d+ sources: (6\\d|[7-9]\\d) media, ([3-9]\\d) government");
    Run test =
        run(
            "sources",
            "test",
            "local",
            "--sources",
            sources.toString(),
            "--allow-private-addresses");
    assertThat(test.code()).as(test.out()).isZero();
    assertThat(test.out())
        .contains("feed " + base + "/rss.xml: OK 200, 3 links")
        .contains("title:     智慧医院建设第1篇")
        .contains("outlet:    本地网");
    Run unknown = run("sources", "test", "nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown source 'nope'");
  }

  @Test
  void sourcesTestAllPrintsOneRowASource() throws Exception {
    Path several = dir.resolve("several.yml");
    Files.writeString(
        several,
        "sources:\n"
            + "  local: {outlet: 本地网, kind: media, hosts: ['127.0.0.11'], delay: 0s, entries: ['"
            + base
            + "/rss.xml']}\n"
            + "  gone: {outlet: 失联网, kind: government, hosts: ['gone.example.cn'], delay: 0s,"
            + " entries: ['"
            + base
            + "/missing/rss.xml']}\n"
            + "  quiet: {outlet: 无入口网, kind: media, hosts: ['quiet.example.cn']}\n",
        StandardCharsets.UTF_8);
    Run all =
        run(
            "sources",
            "test",
            "--all",
            "--sources",
            several.toString(),
            "--allow-private-addresses");
    assertThat(all.code()).as(all.out()).isEqualTo(1);
    assertThat(all.out())
        .contains("source\toutlet\tentries\tlinks\tarticle")
        .containsPattern("local\t本地网\t1/1\t3\t智慧医院建设第\\d篇（2026-01-16）")
        .contains("gone\t失联网\t0/1\t0\t✘ 页面不存在（网站返回 404）")
        .contains("quiet\t无入口网\t-\t0\t✘ 没有入口")
        .contains(
            "3 sources: 1 with an article extracted, 0 with links but no article, 1 unreachable,"
                + " 1 without entry points");
    assertThat(all.err()).contains("tested 3/3");
    assertThat(run("sources", "test").code()).isEqualTo(2);
  }
}
