package cn.hinews.app.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.app.demo.DemoData;
import cn.hinews.app.web.WebApp;
import cn.hinews.app.web.security.Users;
import cn.hinews.core.domain.AppUser;
import cn.hinews.core.home.HinewsHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** 导入往期简报 in the running web app: editors only, the report, dry runs, conflicts, refusals. */
class UploadIT {
  @TempDir static java.nio.file.Path dir;
  static HinewsHome home;
  static ConfigurableApplicationContext context;
  static int port;
  static final String PASSWORD = "geheim-2026";

  @BeforeAll
  static void start() throws Exception {
    home = HinewsHome.open(dir.resolve("home"), Clock.systemUTC());
    DemoData.importInto(home, Map.of(), new PrintWriter(new StringWriter()));
    Users users = new Users(home.store(), home.clock());
    users.add("viewer", PASSWORD, AppUser.Role.VIEWER, "test");
    users.add("editor", PASSWORD, AppUser.Role.EDITOR, "test");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    context = WebApp.start(home, "127.0.0.1", port);
  }

  @AfterAll
  static void stop() {
    context.close();
    home.close();
  }

  static String base() {
    return "http://127.0.0.1:" + port;
  }

  static HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String csrf(HttpClient client, String path) throws Exception {
    Matcher m =
        Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(get(client, path).body());
    assertThat(m.find()).as("a _csrf field on " + path).isTrue();
    return m.group(1);
  }

  static HttpClient login(String user) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String form = "username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf(client, "/login");
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(302);
    return client;
  }

  /** Posts files (name → bytes) as multipart/form-data, as a browser's file input does. */
  static HttpResponse<String> upload(
      HttpClient client, Map<String, byte[]> files, boolean dryRun, Optional<String> token)
      throws Exception {
    String boundary = "----hinews" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    if (token.isPresent()) {
      head.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
          .append(token.get())
          .append("\r\n");
    }
    if (dryRun) {
      head.append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n");
    }
    body.write(head.toString().getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String part =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
              + f.getKey()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.write(part.getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + "/issues/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String demo554() throws Exception {
    return new String(
        UploadIT.class.getResourceAsStream("/demo/monthly-554.md").readAllBytes(),
        StandardCharsets.UTF_8);
  }

  static byte[] bomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(new byte[80 * 1024 * 1024]);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void aViewerMayNotUpload() throws Exception {
    HttpClient viewer = login("viewer");
    assertThat(get(viewer, "/").body()).doesNotContain("/issues/import");
    assertThat(get(viewer, "/issues/import").statusCode()).isEqualTo(403);
    String token = csrf(viewer, "/search");
    HttpResponse<String> r =
        upload(viewer, Map.of("x.md", new byte[] {1}), false, Optional.of(token));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void anEditorGetsTheReportOfADryRunThenOfTheImport() throws Exception {
    HttpClient editor = login("editor");
    assertThat(get(editor, "/archive").body()).contains("/issues/import");
    assertThat(get(editor, "/issues/import").body()).contains("导入往期简报");
    String seed = demo554();
    String next =
        seed.replace("第五五四期", "第五五五期")
            .replace("2026年01月31日", "2026年02月28日")
            .replace("时间从2026年01月01日至2026年01月31日", "时间从2026年02月01日至2026年02月28日");
    assertThat(next).isNotEqualTo(seed);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("monthly-555.md", next.getBytes(StandardCharsets.UTF_8));
    files.put(
        "554-edited.md",
        seed.replace("平台围绕儿童健康服务", "平台围绕儿童健康服务工作").getBytes(StandardCharsets.UTF_8));
    files.put("bomb.docx", bomb());
    files.put("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> dry =
        upload(editor, files, true, Optional.of(csrf(editor, "/issues/import")));
    assertThat(dry.statusCode()).isEqualTo(200);
    assertThat(dry.body()).contains("试运行结果", "将导入 monthly 555", "冲突", "左为已存", "压缩炸弹", "不是简报文件");
    assertThat(home.bulletins().view("monthly", 555)).isEmpty();

    HttpResponse<String> real =
        upload(editor, files, false, Optional.of(csrf(editor, "/issues/import")));
    assertThat(real.body()).contains("已导入 monthly 555", "共 4 个文件：导入 1，未变 0，冲突 1，失败 2");
    assertThat(home.bulletins().view("monthly", 555)).isPresent();
    assertThat(
            cn.hinews.core.bulletin.Renderers.markdown(home.bulletins().view("monthly", 554).get()))
        .doesNotContain("儿童健康服务工作");
  }
}
