package cn.hinews.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.domain.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceOverridesTest {
  @TempDir Path dir;

  @Test
  void everyShippedSourceRoundTripsThroughItsYaml() {
    SourceOverrides o = new SourceOverrides(dir.resolve("sources.yml"));
    for (Source s : SourceRegistry.defaults().all()) {
      assertThat(o.put(s.id(), SourceOverrides.yaml(s))).as(s.id()).isEqualTo(s);
    }
  }

  @Test
  void disablingAddingAndAMistakeThatChangesNothing() throws Exception {
    Path file = dir.resolve("sources.yml");
    SourceOverrides o = new SourceOverrides(file);
    Source people = SourceRegistry.defaults().byId("people").orElseThrow();
    assertThat(o.setEnabled(people, false).crawl().enabled()).isFalse();
    o.put(
        "mine",
        "outlet: 本地网\nkind: media\nhosts: [local.cn]\nentries: ['https://local.cn/rss.xml']\n");
    SourceRegistry merged = SourceRegistry.load(Optional.of(file));
    assertThat(merged.byId("people").orElseThrow().crawl().crawlable()).isFalse();
    assertThat(merged.byId("mine").orElseThrow().crawl().crawlable()).isTrue();
    String before = Files.readString(file);
    assertThatThrownBy(
            () ->
                o.put(
                    "bad",
                    "outlet: 坏\nkind: media\nhosts: [b.cn]\nentries: [{type: rss, url: 'https://b.cn/'}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.bad.entries[0].type");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(o.setEnabled(merged.byId("people").orElseThrow(), true).crawl().enabled()).isTrue();
  }
}
