package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  /** What one run printed. */
  record Run(int code, String out, String err, String raw) {}

  Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    int code =
        new Cli(env, dir.toString(), raw, new PrintWriter(out, true), new PrintWriter(err, true))
            .run(args);
    return new Run(code, out.toString(), err.toString(), raw.toString(StandardCharsets.UTF_8));
  }

  Map<String, String> home(String name) {
    return Map.of("HINEWS_HOME", dir.resolve(name).toString());
  }

  @Test
  void firstStartOfAnEmptyHomeImportsTheDemoIssues() {
    Run list = run(home("h"), "bulletin", "list");
    assertThat(list.code()).isZero();
    assertThat(list.err()).contains("imported 3 sample issues");
    assertThat(list.out()).contains("weekly", "656", "monthly", "552", "554", "3 issues");
    Run again = run(home("h"), "bulletin", "list");
    assertThat(again.err()).doesNotContain("sample issues");
  }

  @Test
  void homeDefaultsToDotHinewsUnderTheUserHome() {
    Run list = run(Map.of("HINEWS_DEMO", "0"), "bulletin", "list");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("0 issues");
    assertThat(dir.resolve(".hinews").resolve("db")).isDirectory();
  }

  @Test
  void importReportsEachFileAndExitsNonZeroOnAFailure() throws Exception {
    Map<String, String> env =
        Map.of("HINEWS_HOME", dir.resolve("h").toString(), "HINEWS_DEMO", "0");
    Path folder = Files.createDirectories(dir.resolve("in"));
    String seed =
        new String(
            getClass().getResourceAsStream("/demo/monthly-554.md").readAllBytes(),
            StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("554.md"), seed, StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("bad.md"), "# 北京市卫生信息化舆情监测月报\n\n没有期号\n", StandardCharsets.UTF_8);
    Run dry = run(env, "import", "--dry-run", folder.toString());
    assertThat(dry.code()).isEqualTo(1);
    assertThat(dry.out()).contains("将导入 monthly 554").contains("试运行");
    assertThat(dry.err()).contains("2/2");
    Run first = run(env, "import", folder.toString());
    assertThat(first.code()).isEqualTo(1);
    assertThat(first.out()).contains("已导入 monthly 554").contains("共 2 个文件：导入 1，未变 0，冲突 0，失败 1");
    assertThat(first.err()).contains("失败").contains("bad.md:1");
    Run second = run(env, "import", folder.resolve("554.md").toString());
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("未变：monthly 554");
    Files.writeString(
        folder.resolve("554-edited.md"),
        seed.replace("平台围绕儿童健康服务", "平台围绕儿童健康服务工作"),
        StandardCharsets.UTF_8);
    Run conflict = run(env, "import", folder.resolve("554-edited.md").toString());
    assertThat(conflict.code()).isEqualTo(1);
    assertThat(conflict.out())
        .contains("冲突")
        .contains("左为已存")
        .contains("≠ ")
        .contains("平台围绕儿童健康服务工作");
    Run missing = run(env, "import", dir.resolve("nope.md").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.md: 没有这个文件或目录");
  }

  @Test
  void renderWritesTheHouseFormatToStdoutOrAFile() throws Exception {
    Run md =
        run(
            home("h"),
            "bulletin",
            "render",
            "--series",
            "weekly",
            "--number",
            "656",
            "--format",
            "md");
    assertThat(md.code()).isZero();
    assertThat(md.raw()).startsWith("<!-- hinews house format -->\n\n# 全国卫生信息化舆情监测周报\n\n（第六五六期）");
    Path out = dir.resolve("out/656.md");
    Run file =
        run(
            home("h"),
            "bulletin",
            "render",
            "--series",
            "weekly",
            "--number",
            "656",
            "--out",
            out.toString());
    assertThat(file.code()).isZero();
    assertThat(file.out()).contains("wrote").contains("bytes");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(md.raw());
    Run unknown =
        run(
            home("h"),
            "bulletin",
            "render",
            "--series",
            "weekly",
            "--number",
            "656",
            "--format",
            "odt");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("unknown format 'odt'");
  }

  @Test
  void draftLifecycleFromTheCommandLine() {
    Map<String, String> env = home("h");
    Run created = run(env, "bulletin", "new", "--series", "weekly", "--date", "2026-01-16");
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.out()).contains("created draft weekly 657: period 2026-01-10 to 2026-01-16");
    Run empty = run(env, "bulletin", "publish", "--series", "weekly", "--number", "657");
    assertThat(empty.code()).isEqualTo(1);
    assertThat(empty.err()).contains("还没有条目");
    Run add =
        run(
            env,
            "bulletin",
            "add",
            "--series",
            "weekly",
            "--number",
            "657",
            "--url",
            "https://m.bjnews.com.cn/detail/1768789566129700.html");
    assertThat(add.code()).as(add.err()).isZero();
    Run publish = run(env, "bulletin", "publish", "--series", "weekly", "--number", "657");
    assertThat(publish.code()).isZero();
    assertThat(publish.out()).contains("published weekly 657 (1 items)");
    Run list = run(env, "bulletin", "list", "--series", "weekly");
    assertThat(list.out()).contains("657 2026-01-16 2026-01-10..2026-01-16      1 published");
    // the command line's publication is audited like the web's, in the same transaction
    try (cn.hinews.core.home.HinewsHome h =
        cn.hinews.core.home.HinewsHome.open(
            java.nio.file.Path.of(env.get("HINEWS_HOME")), java.time.Clock.systemUTC())) {
      java.util.Optional<cn.hinews.core.domain.AuditEntry> audited =
          h.store()
              .read(
                  s ->
                      s.users().lastAudit(cn.hinews.core.domain.AuditAction.PUBLISH, "weekly 657"));
      assertThat(audited.map(cn.hinews.core.domain.AuditEntry::username).orElse(""))
          .startsWith("cli:");
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run r = run(home("h"), "bulletin", "new", "--series", "weekly", "--date", "16/01/2026");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--date");
  }

  @Test
  void unknownConfigKeysFailFast() throws Exception {
    Path h = Files.createDirectories(dir.resolve("h"));
    Files.writeString(
        h.resolve("hinews.yml"), "database:\n  uri: jdbc:h2:mem:x\n", StandardCharsets.UTF_8);
    Run r = run(home("h"), "bulletin", "list");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("hinews.yml").contains("unknown key 'database.uri'");
  }
}
