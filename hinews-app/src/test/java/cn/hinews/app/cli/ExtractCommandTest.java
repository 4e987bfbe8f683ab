package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  static final String PAGE =
      "<html><head><meta charset=\"gb2312\"><title>丰台打造数智心理健康产业高地_千龙网</title></head><body>"
          + "<div class=\"article\"><h1>丰台打造数智心理健康产业高地</h1>"
          + "<p class=\"info\">2025-11-25 09:30 来源：北京日报 作者：王五</p>"
          + "<p>日前，首届“数心融合”项目工作推进暨成果转化对接活动在丰台区创新中心举行，记者从活动中获悉相关举措。</p>"
          + "<p>丰台区医疗资源丰富，区域内有560多家医疗机构，医药大健康产业规模已达870亿元。</p>"
          + "<p>（责任编辑：赵六）</p></div></body></html>";

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    return runIn(dir, Map.of("HINEWS_HOME", dir.resolve("home").toString()), args);
  }

  /** Runs a command line with this environment and user home; captures its output. */
  static Run runIn(Path userHome, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(
                env,
                userHome.toString(),
                new ByteArrayOutputStream(),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .run(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void oneFileAsJson() throws Exception {
    Path page = dir.resolve("page.html");
    Files.write(page, PAGE.getBytes(Charset.forName("GB18030")));
    Run r =
        run(
            "extract",
            page.toString(),
            "--url",
            "https://beijing.qianlong.com/2025/1125/8586453.shtml");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("title").asText()).isEqualTo("丰台打造数智心理健康产业高地");
    assertThat(j.get("outlet").asText()).isEqualTo("千龙网");
    assertThat(j.get("sourceLine").asText()).isEqualTo("北京日报");
    assertThat(j.get("published").get("value").asText()).isEqualTo("2025-11-25 09:30");
    assertThat(j.get("authors").get(0).asText()).isEqualTo("王五");
    assertThat(j.get("editors").get(0).asText()).isEqualTo("赵六");
    assertThat(j.get("blocks")).hasSize(2);
    assertThat(j.get("body").asText()).startsWith("日前，首届“数心融合”").doesNotContain("责任编辑");
  }

  @Test
  void batchWritesThePredictionsTheScorerReads() throws Exception {
    Path in = Files.createDirectories(dir.resolve("pages"));
    Files.write(in.resolve("a.html"), PAGE.getBytes(Charset.forName("GB18030")));
    try (GZIPOutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("b.html.gz")))) {
      gz.write(PAGE.replace("gb2312", "utf-8").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(in.resolve("notes.txt"), "not a page", StandardCharsets.UTF_8);
    Path out = dir.resolve("out/pred.json");
    Run r = run("extract", "--batch", in.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 pages, 0 without a body").contains("pages/s");
    assertThat(r.err()).contains("2/2 pages");
    JsonNode j = new ObjectMapper().readTree(out.toFile());
    assertThat(j.fieldNames()).toIterable().containsExactlyInAnyOrder("a", "b");
    assertThat(j.get("a").get("date").asText()).isEqualTo("2025-11-25 09:30");
    assertThat(j.get("b").get("author").asText()).isEqualTo("王五");
    assertThat(j.get("a").get("articleBody").asText()).contains("\n\n");
  }

  @Test
  void batchWithoutOutIsAUsageError() {
    Run r = run("extract", "--batch", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }
}
