package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Zones;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a loopback news site serves a new article that matches a rule; after {@code crawl
 * --once} the webhook (a loopback server) has one message naming its title and link and the SMTP
 * server (GreenMail) one mail; a reprint on another site adds to the same alert, no new message.
 */
class AlertsCommandIT {
  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String BODY =
      "<p>今天，市第一医院宣布人工智能辅助诊断系统全面上线，电子病历与影像数据互联互通，医生借助大模型完成病历书写。</p>"
          + "<p>据了解，该院建成覆盖全院的数据中心，依托区域卫生信息平台与社区卫生服务中心共享居民健康档案。</p>"
          + "<p>下一步，医院将继续推进人工智能在病理科的应用，并加强患者数据的安全保护和隐私保护工作。</p>";

  @TempDir Path dir;
  private HttpServer siteA;
  private HttpServer siteB;
  private HttpServer hooks;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private Map<String, String> env;

  private CrawlCommandIT.Run run(String... args) {
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
    return new CrawlCommandIT.Run(code, out.toString(), err.toString());
  }

  private static String page(String title, String outlet) {
    return "<html><head><title>"
        + title
        + "</title></head><body><h1>"
        + title
        + "</h1><div class=info>"
        + LocalDate.now(Zones.SHANGHAI)
        + " 10:00 来源："
        + outlet
        + "</div><div class=text>"
        + BODY
        + "</div></body></html>";
  }

  private static HttpServer site(String address, String title, String outlet) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(address, 0), 0);
    String base = "http://" + address + ":" + s.getAddress().getPort();
    s.createContext(
        "/rss.xml",
        ex ->
            CrawlCommandIT.send(
                ex,
                200,
                "<rss version='2.0'><channel><title>t</title><item><title>a</title><link>"
                    + base
                    + "/news/1.html</link></item></channel></rss>",
                "application/rss+xml"));
    s.createContext(
        "/news/",
        ex -> CrawlCommandIT.send(ex, 200, page(title, outlet), "text/html; charset=utf-8"));
    s.createContext("/robots.txt", ex -> CrawlCommandIT.send(ex, 404, "", "text/plain"));
    s.start();
    return s;
  }

  private static String base(HttpServer s) {
    return "http://" + s.getAddress().getHostString() + ":" + s.getAddress().getPort();
  }

  @BeforeEach
  void start() throws IOException {
    siteA = site("127.0.0.11", "市第一医院人工智能辅助诊断系统上线", "本地网");
    siteB = site("127.0.0.12", "转载：人工智能辅助诊断进医院", "邻市网");
    hooks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hooks.createContext(
        "/hook",
        ex -> {
          try (InputStream in = ex.getRequestBody()) {
            received.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          CrawlCommandIT.send(ex, 200, "{\"ok\":true}", "application/json");
        });
    hooks.start();
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(
        home.resolve("hinews.yml"),
        "crawl:\n  allow-private-addresses: true\nmail:\n  host: 127.0.0.1\n  port: "
            + ServerSetupTest.SMTP.getPort()
            + "\n  from: hinews@example.cn\n  tls: none\n",
        StandardCharsets.UTF_8);
    env = Map.of("HINEWS_HOME", home.toString(), "HINEWS_DEMO", "0");
  }

  @AfterEach
  void stop() {
    siteA.stop(0);
    siteB.stop(0);
    hooks.stop(0);
  }

  private Path sources(HttpServer... sites) throws IOException {
    StringBuilder yml = new StringBuilder("sources:\n");
    for (HttpServer s : sites) {
      String host = s.getAddress().getHostString();
      yml.append("  s")
          .append(host.replace('.', '-'))
          .append(": {outlet: ")
          .append(host.endsWith(".11") ? "本地网" : "邻市网")
          .append(", kind: media, hosts: ['")
          .append(host)
          .append("'], delay: 0s, entries: ['")
          .append(base(s))
          .append("/rss.xml']}\n");
    }
    Path file = dir.resolve("sources-" + sites.length + ".yml");
    Files.writeString(file, yml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMatchingArticleAlertsOnceByWebhookAndMailAndItsReprintJoinsTheAlert() throws Exception {
    String hook = "http://127.0.0.1:" + hooks.getAddress().getPort() + "/hook";
    CrawlCommandIT.Run add =
        run(
            "alerts",
            "add",
            "人工智能诊断",
            "--query",
            "人工智能 与 电子病历 -医保",
            "--webhook",
            hook,
            "--email",
            "editor@example.cn");
    assertThat(add.code()).as(add.err()).isZero();
    CrawlCommandIT.Run bad = run("alerts", "add", "坏规则", "--query", "人工智能 或");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("第 6 个字").contains("     ^");

    CrawlCommandIT.Run first =
        run("crawl", "--once", "--sources", sources(siteA).toString(), "--allow-private-addresses");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("预警：新 1 条").contains("发送 2");
    assertThat(received).hasSize(1);
    assertThat(received.get(0))
        .contains("市第一医院人工智能辅助诊断系统上线")
        .contains(base(siteA) + "/news/1.html");
    MimeMessage[] mails = MAIL.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).contains("市第一医院人工智能辅助诊断系统上线");

    CrawlCommandIT.Run second =
        run(
            "crawl",
            "--once",
            "--sources",
            sources(siteA, siteB).toString(),
            "--allow-private-addresses");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("并入已有 1 条").contains("预警：新 0 条");
    assertThat(received).hasSize(1);
    assertThat(MAIL.getReceivedMessages()).hasSize(1);

    CrawlCommandIT.Run test = run("alerts", "test", "人工智能诊断", "--days", "7");
    assertThat(test.out()).contains("转载 1 次").contains("共命中 1 条报道");
    CrawlCommandIT.Run list = run("alerts", "list");
    assertThat(list.out()).contains("人工智能诊断").contains("负面卫生信息化事件  [未设渠道]");
    CrawlCommandIT.Run log = run("alerts", "log");
    assertThat(log.out().lines().filter(l -> l.contains("已发送")).count()).isEqualTo(2);
    assertThat(run("alerts", "remove", "人工智能诊断").code()).isZero();
    assertThat(run("alerts", "remove", "人工智能诊断").code()).isEqualTo(1);
  }
}
