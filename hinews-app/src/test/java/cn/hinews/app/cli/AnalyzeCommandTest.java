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
  void candidatesOfTheDemoWeekAreRankedAndExplained() {
    ExtractCommandTest.Run r =
        ExtractCommandTest.runIn(
            dir,
            Map.of("HINEWS_HOME", dir.resolve("demo").toString()),
            "candidates",
            "--series",
            "weekly",
            "--from",
            "2025-12-27",
            "--to",
            "2026-01-09");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("  1  ").contains("相关度");
    assertThat(r.err()).contains("candidates");
  }
}
