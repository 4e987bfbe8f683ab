package cn.hinews.core.analysis.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.ConfigException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TaxonomyLoaderTest {
  private static final String MINIMAL =
      """
      fields: {title: 3, lead: 2, body: 1}
      lead-chars: 100
      topic-scale: 5
      informatics-scale: 5
      health-scale: 5
      title-bonus: 0.2
      full-coverage: 0.5
      health-only: 0.3
      informatics-only: 0.1
      health: {医院: 1}
      topics:
        ai:
          name: 医疗人工智能
          terms: {人工智能: 2, 大模型: 3}
      """;

  @Test
  void theDefaultsCoverTheIssuesTopics() {
    Taxonomy t = TaxonomyLoader.defaults();
    assertThat(t.topics())
        .extracting(Taxonomy.Topic::id)
        .contains(
            "medical-ai",
            "smart-hospital",
            "internet-hospital",
            "health-data",
            "interoperability",
            "insurance-it",
            "public-health-it",
            "digital-health",
            "security",
            "policy-standards",
            "tcm-it");
    assertThat(t.health()).isNotEmpty();
    assertThat(t.weights().title()).isGreaterThan(t.weights().lead());
    assertThat(t.weights().lead()).isGreaterThan(t.weights().body());
  }

  @Test
  void aMinimalFileReads() {
    Taxonomy t = TaxonomyLoader.read(new StringReader(MINIMAL), "t.yml");
    assertThat(t.topics()).singleElement().satisfies(x -> assertThat(x.terms()).hasSize(2));
  }

  @Test
  void anUnknownKeyIsAnErrorNamingIt() {
    String bad = MINIMAL.replace("terms: {人工智能", "term: {x: 1}\n    terms: {人工智能");
    assertThatThrownBy(() -> TaxonomyLoader.read(new StringReader(bad), "t.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("t.yml")
        .hasMessageContaining("topics.ai.term");
  }

  @Test
  void aWeightMustBePositive() {
    String bad = MINIMAL.replace("大模型: 3", "大模型: -1");
    assertThatThrownBy(() -> TaxonomyLoader.read(new StringReader(bad), "t.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topics.ai.大模型");
  }

  @Test
  void aHomesOwnTaxonomyReplacesTheShippedOne(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path home) throws Exception {
    assertThat(TaxonomyLoader.forHome(home).topics()).hasSizeGreaterThan(5);
    java.nio.file.Files.writeString(
        home.resolve(TaxonomyLoader.HOME_FILE), MINIMAL, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(TaxonomyLoader.forHome(home).topics())
        .extracting(Taxonomy.Topic::id)
        .containsExactly("ai");
    java.nio.file.Files.writeString(
        home.resolve(TaxonomyLoader.HOME_FILE),
        "topic: {}\n",
        java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TaxonomyLoader.forHome(home))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(home.resolve("taxonomy.yml").toString());
  }
}
