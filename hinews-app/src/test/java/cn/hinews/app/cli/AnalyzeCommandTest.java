package cn.hinews.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  ExtractCommandTest.Run run(String... args) {
    return ExtractCommandTest.runIn(
        dir, Map.of("HINEWS_HOME", dir.resolve("home").toString(), "HINEWS_DEMO", "0"), args);
  }

  @Test
  void oneTextAsJson() throws Exception {
    Path text = dir.resolve("a.txt");
    Files.writeString(
        text,
        "医院上线AI辅助诊断大模型\n国家卫生健康委印发《关于促进医疗人工智能发展的意见》。\n" + "某医院上线“智医助手”智能体，患者就医更加便捷。\n",
        StandardCharsets.UTF_8);
    ExtractCommandTest.Run r = run("analyze", text.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/relevance/score").asDouble()).isGreaterThan(0.7);
    assertThat(j.at("/relevance/topics/0/id").asText()).isEqualTo("medical-ai");
    assertThat(j.at("/relevance/topics/0/terms").size()).isPositive();
    assertThat(j.at("/entities/policies/0").asText()).isEqualTo("关于促进医疗人工智能发展的意见");
    assertThat(j.at("/entities/products/0").asText()).isEqualTo("智医助手");
    assertThat(j.get("keywords").size()).isPositive();
    assertThat(j.at("/sentiment/polarity").asText()).isEqualTo("positive");
  }

  @Test
  void jsonLinesKeepTheirIdsAndABadLineIsReported() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a1\",\"title\":\"互联网医院上线\",\"body\":\"患者可在线问诊。\"}\n"
            + "not json\n"
            + "{\"id\":7,\"title\":\"春季赏花\",\"body\":\"公园游客增多。\"}\n",
        StandardCharsets.UTF_8);
    ExtractCommandTest.Run r = run("analyze", "--jsonl", in.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("in.jsonl:2");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(lines[0]).get("id").asText()).isEqualTo("a1");
    assertThat(m.readTree(lines[1]).get("id").asInt()).isEqualTo(7);
    assertThat(m.readTree(lines[0]).at("/relevance/score").asDouble())
        .isGreaterThan(m.readTree(lines[1]).at("/relevance/score").asDouble());
  }

  @Test
  void candidatesLeaveOutWhatTheSeriesAlreadyCarriedAndRecordRejections() {
    Map<String, String> env = Map.of("HINEWS_HOME", dir.resolve("demo").toString());
    ExtractCommandTest.Run weekly =
        ExtractCommandTest.runIn(dir, env, withPeriod("candidates", "--series", "weekly"));
    assertThat(weekly.code()).as(weekly.err()).isZero();
    assertThat(weekly.out())
        .contains("热词：")
        .contains("北京启动医疗人工智能应用评测服务")
        .doesNotContain("厦门三大数智医疗平台正式启用");
    assertThat(weekly.err()).contains("taxonomy alone");
    ExtractCommandTest.Run all =
        ExtractCommandTest.runIn(
            dir, env, withPeriod("candidates", "--series", "weekly", "--include-used"));
    assertThat(all.out()).contains("厦门三大数智医疗平台正式启用");
    String url = "https://xm.cnr.cn/jkgy/20260108/t20260108_527486573.shtml";
    ExtractCommandTest.Run rejected =
        ExtractCommandTest.runIn(
            dir, env, withPeriod("candidates", "--series", "monthly", "--reject", url));
    assertThat(rejected.code()).as(rejected.err()).isZero();
    assertThat(rejected.out()).contains("rejected for monthly: " + url);
    ExtractCommandTest.Run unknown =
        ExtractCommandTest.runIn(
            dir,
            env,
            withPeriod("candidates", "--series", "monthly", "--reject", "https://nowhere.cn/"));
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no stored article");
  }

  private static String[] withPeriod(String... head) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(head),
            java.util.stream.Stream.of("--from", "2025-11-01", "--to", "2026-01-31"))
        .toArray(String[]::new);
  }

  @Test
  void candidatesOfTheDemoWeekAreRankedAndExplained() {
    ExtractCommandTest.Run r =
        ExtractCommandTest.runIn(
            dir,
            Map.of("HINEWS_HOME", dir.resolve("demo").toString()),
            "candidates",
            "--series",
            "monthly",
            "--from",
            "2025-12-27",
            "--to",
            "2026-01-09");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("  1  ").contains("相关度");
    assertThat(r.err()).contains("candidates");
  }
}
