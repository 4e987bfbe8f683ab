package cn.hinews.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.ConfigException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile sources.yml (the admins' web editor writes it): issue 18. */
class SourcesFileAttackTest {
  static SourceRegistry read(String yml) {
    return SourceRegistry.read(new StringReader(yml), "sources.yml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"--utility-cmd-prefix=touch /tmp/pwned\"",
        "\"--renderer-cmd-prefix=/bin/sh -c id\"",
        "\"file:///etc/passwd\"",
        "\"javascript:alert(1)\"",
        "\"http:/no-host\"",
        "{url: \"--utility-cmd-prefix=touch /tmp/pwned\"}",
        "{url: \"HTTP://\"}",
      })
  void everyEntryMustBeAnHttpUrlHoweverItIsWritten(String entry) {
    assertThatThrownBy(
            () ->
                read(
                    "sources:\n  x: {outlet: 甲, kind: media, hosts: [a.cn], entries: ["
                        + entry
                        + "]}\n"))
        .as(entry)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not an http(s) URL");
  }

  @Test
  void aBareHttpUrlIsStillAnEntry() {
    assertThat(
            read("sources:\n  x: {outlet: 甲, kind: media, hosts: [a.cn], entries:"
                    + " ['https://a.cn/rss.xml']}\n")
                .byId("x")
                .orElseThrow()
                .crawl()
                .entries())
        .singleElement()
        .extracting(e -> e.url())
        .isEqualTo("https://a.cn/rss.xml");
  }

  @Test
  void aYamlAliasBombIsAnErrorNotAFullHeap() {
    StringBuilder yml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yml.append("]\n");
    }
    yml.append("sources: {}\n");
    assertThatThrownBy(() -> read(yml.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("aliases");
  }
}
