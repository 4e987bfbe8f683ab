package cn.hinews.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.domain.Cadence;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  HinewsConfig load(String yaml) throws Exception {
    Path file = dir.resolve("hinews.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ConfigLoader.load(Optional.of(file));
  }

  @Test
  void theDeploymentsConfigurationIsValid() {
    // deploy/hinews.yml, read by every node of deploy/compose.yml
    HinewsConfig c = ConfigLoader.load(Optional.of(Path.of("../deploy/hinews.yml")));
    assertThat(c.database().embedded()).isFalse();
    assertThat(c.database().url()).isEqualTo("jdbc:postgresql://postgres:5432/hinews");
    assertThat(c.search().engine()).isEqualTo(SearchConfig.Engine.OPENSEARCH);
    assertThat(c.search().url()).hasToString("http://opensearch:9200");
  }

  @Test
  void defaultsHoldTheTwoSeriesOfTheSeeds() {
    HinewsConfig c = ConfigLoader.defaults();
    assertThat(c.series().keySet()).containsExactly("weekly", "monthly");
    Series weekly = c.requireSeries("weekly");
    assertThat(weekly.title()).isEqualTo("全国卫生信息化舆情监测周报");
    assertThat(weekly.periodJoiner()).isEqualTo("到");
    assertThat(c.requireSeries("monthly").leadNoun()).isEqualTo("月报");
    assertThat(weekly.region()).isEqualTo("全国");
    assertThat(weekly.regional()).isFalse();
    assertThat(c.requireSeries("monthly").region()).isEqualTo("北京");
    assertThat(c.requireSeries("monthly").regional()).isTrue();
    assertThat(c.database().embedded()).isTrue();
  }

  @Test
  void aThirdSeriesIsAddedByConfigurationAlone() throws Exception {
    HinewsConfig c =
        load(
            """
            series:
              daily:
                title: 卫生信息化舆情日报
                lead-noun: 日报
                scope-phrase: 卫生信息化相关信息
                monitoring-scope: 全国主流媒体及政府网站等
                cadence: daily
                period-joiner: 至
                first-number: 1
                publisher: 北京市卫生健康大数据与政策研究中心
            """);
    assertThat(c.series().keySet()).containsExactly("weekly", "monthly", "daily");
    Series daily = c.requireSeries("daily");
    assertThat(daily.cadence()).isEqualTo(Cadence.DAILY);
    assertThat(daily.region()).as("no region key: national").isEqualTo("全国");
    assertThat(daily.periodFor(LocalDate.of(2026, 3, 5)))
        .isEqualTo(new Period(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)));
  }

  @Test
  void unknownKeysFailNamingFileAndKey() {
    assertThatThrownBy(() -> load("series:\n  weekly:\n    titel: x\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("hinews.yml")
        .hasMessageContaining("unknown key 'series.weekly.titel'");
    assertThatThrownBy(() -> load("databse:\n  url: x\n"))
        .hasMessageContaining("unknown key 'databse'");
  }

  @Test
  void badValuesFailNamingTheKey() {
    assertThatThrownBy(
            () ->
                load(
                    "series:\n  x:\n    title: t\n    lead-noun: n\n    scope-phrase: s\n"
                        + "    monitoring-scope: m\n    cadence: fortnightly\n    period-joiner: 至\n"
                        + "    first-number: 1\n    publisher: p\n"))
        .hasMessageContaining("series.x")
        .hasMessageContaining("fortnightly");
    assertThatThrownBy(() -> load("series:\n  y:\n    title: t\n"))
        .hasMessageContaining("series.y.")
        .hasMessageContaining("is missing");
    assertThatThrownBy(() -> load("series: [1, 2]\n")).hasMessageContaining("must be a mapping");
    assertThatThrownBy(() -> load("a: : :\n")).hasMessageContaining("not valid YAML");
  }

  @Test
  void databaseUrlChoosesPostgres() throws Exception {
    HinewsConfig c = load("database:\n  url: jdbc:postgresql://localhost/hinews\n  user: hinews\n");
    assertThat(c.database().embedded()).isFalse();
    assertThat(c.database().user()).isEqualTo("hinews");
  }

  @Test
  void theSearchEngineIsChosenByConfiguration() throws Exception {
    assertThat(ConfigLoader.defaults().search()).isEqualTo(SearchConfig.lucene());
    HinewsConfig c =
        load(
            """
            search:
              engine: opensearch
              url: http://10.0.0.5:9200/
              index: hinews-prod
            """);
    assertThat(c.search().engine()).isEqualTo(SearchConfig.Engine.OPENSEARCH);
    assertThat(c.search().url()).hasToString("http://10.0.0.5:9200");
    assertThat(c.search().index()).isEqualTo("hinews-prod");
    assertThat(load("search:\n  engine: opensearch\n").search().index()).isEqualTo("hinews");
    assertThatThrownBy(() -> load("search:\n  engine: solr\n"))
        .hasMessageContaining("search.engine")
        .hasMessageContaining("solr");
    assertThatThrownBy(() -> load("search:\n  host: x\n"))
        .hasMessageContaining("hinews.yml")
        .hasMessageContaining("unknown key 'search.host'");
    assertThatThrownBy(() -> load("search:\n  url: 127.0.0.1:9200\n"))
        .hasMessageContaining("search.url");
    assertThatThrownBy(() -> load("search:\n  index: Hinews News\n"))
        .hasMessageContaining("search.index");
  }
}
