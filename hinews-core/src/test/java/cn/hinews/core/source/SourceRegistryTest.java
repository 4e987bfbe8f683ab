package cn.hinews.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.config.ConfigException;
import cn.hinews.core.domain.EntryPoint;
import cn.hinews.core.domain.Source;
import cn.hinews.core.domain.SourceKind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRegistryTest {
  private final SourceRegistry registry = SourceRegistry.defaults();

  @ParameterizedTest
  @CsvSource({
    "bjsbdzb.bjd.com.cn, 北京商报",
    "xinwen.bjd.com.cn, 北京日报",
    "bjwb-app.bjd.com.cn, 北京日报",
    "zj.news.cn, 新华网",
    "www.xinhuanet.com, 新华网",
    "sc.people.com.cn, 人民网",
    "xm.cnr.cn, 央广网",
    "epaper.ynet.com, 北京青年报",
    "m.bjnews.com.cn, 新京报",
    "beijing.qianlong.com, 千龙网",
    "wjw.beijing.gov.cn, 北京市卫生健康委",
    "www.beijing.gov.cn, 北京市人民政府",
    "www.nhc.gov.cn, 国家卫生健康委",
    "www.gov.cn, 中国政府网",
    "people.com.cn, 人民网"
  })
  void theMostSpecificHostPatternWins(String host, String outlet) {
    assertThat(registry.forHost(host)).map(Source::outlet).contains(outlet);
  }

  @ParameterizedTest
  @CsvSource({"example.com", "notpeople.com.cn", "gov.cn.example.org"})
  void unknownHosts(String host) {
    assertThat(registry.forHost(host)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"www.nhc.gov.cn, GOVERNMENT", "www.cnr.cn, MEDIA"})
  void kinds(String host, SourceKind kind) {
    assertThat(registry.forHost(host)).map(Source::kind).contains(kind);
  }

  @Test
  void theDefaultsCoverTheSeedsOutletsAndEnoughSites() {
    long media = registry.all().stream().filter(s -> s.kind() == SourceKind.MEDIA).count();
    long government =
        registry.all().stream().filter(s -> s.kind() == SourceKind.GOVERNMENT).count();
    assertThat(media).isGreaterThanOrEqualTo(60);
    assertThat(government).isGreaterThanOrEqualTo(30);
    for (String id :
        List.of(
            "people",
            "xinhua",
            "cnr",
            "gmw",
            "china-com",
            "bjd",
            "ynet",
            "bjnews",
            "bbtnews",
            "qianlong",
            "nhc",
            "bj-wjw",
            "gov-cn",
            "nhsa",
            "satcm",
            "ndcpa",
            "nda",
            "beijing")) {
      assertThat(registry.byId(id).orElseThrow().crawl().crawlable()).as(id).isTrue();
    }
    // nothing here was fetched from the machine it was written on: all leads are marked
    assertThat(registry.all().stream().flatMap(s -> s.crawl().entries().stream()))
        .allSatisfy(e -> assertThat(e.verified()).isFalse());
    Source nhc = registry.byId("nhc").orElseThrow();
    assertThat(nhc.crawl().fetcher()).isEqualTo(cn.hinews.core.domain.FetcherKind.BROWSER);
    assertThat(registry.byId("gov-cn").orElseThrow().crawl().entries())
        .extracting(EntryPoint::type)
        .containsOnly("json");
  }

  @Test
  void everySourceHasAnEntryPoint() {
    List<String> without =
        registry.all().stream()
            .filter(s -> s.crawl().entries().isEmpty())
            .map(Source::id)
            .sorted()
            .toList();
    assertThat(without).as("sources without an entry point: %s", without).isEmpty();
    long media =
        registry.all().stream()
            .filter(s -> s.kind() == SourceKind.MEDIA && !s.crawl().entries().isEmpty())
            .count();
    long government =
        registry.all().stream()
            .filter(s -> s.kind() == SourceKind.GOVERNMENT && !s.crawl().entries().isEmpty())
            .count();
    assertThat(media).isGreaterThanOrEqualTo(60);
    assertThat(government).isGreaterThanOrEqualTo(40);
  }

  @Test
  void entriesAndCrawlSettingsAreRead() {
    SourceRegistry r =
        SourceRegistry.read(
            new StringReader(
                "sources:\n  s: {outlet: 甲, kind: media, hosts: [a.cn], interval: 30m, delay: 5s,"
                    + " charset: GBK, entries: ['https://a.cn/rss.xml', 'https://a.cn/list/',"
                    + " {type: list, url: 'https://a.cn/x/', links: 'ul a', next: 'a.next', pages: 3,"
                    + " match: '/20\\d{2}/'}]}\n"),
            "t.yml");
    Source s = r.byId("s").orElseThrow();
    assertThat(s.crawl().interval()).isEqualTo(Duration.ofMinutes(30));
    assertThat(s.crawl().delay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.crawl().charset()).contains("GBK");
    assertThat(s.crawl().entries())
        .extracting(EntryPoint::type)
        .containsExactly("feed", "list", "list");
    EntryPoint x = s.crawl().entries().get(2);
    assertThat(x.links()).contains("ul a");
    assertThat(x.next()).contains("a.next");
    assertThat(x.pages()).isEqualTo(3);
    assertThat(x.match()).contains("/20\\d{2}/");
    assertThat(x.verified()).isTrue();
  }

  @Test
  void mistakesNameTheFileAndTheKey() {
    String[][] cases = {
      {
        "entries: [{type: rss, url: 'https://a.cn/'}]",
        "t.yml: sources.s.entries[0].type must be one of"
      },
      {
        "entries: [{type: feed, url: 'https://a.cn/', link: 'a'}]",
        "unknown key 'sources.s.entries[0].link'"
      },
      {
        "entries: [{type: list, url: 'ftp://a.cn/'}]",
        "sources.s.entries[0].url is not an http(s) URL"
      },
      {
        "entries: [{type: list, url: 'https://a.cn/', links: 'ul >> a'}]",
        "sources.s.entries[0].links is not a CSS selector"
      },
      {
        "entries: [{type: list, url: 'https://a.cn/', match: '(('}]",
        "sources.s.entries[0].match is not a regular expression"
      },
      {"interval: soon", "sources.s.interval must be a duration"},
      {"charset: klingon", "sources.s.charset 'klingon' is not a known charset"},
      {"fetcher: curl", "sources.s.fetcher must be one of"},
      {
        "entries: [{type: list, url: 'https://a.cn/', pages: 0}]",
        "pages must be a whole number 1..100"
      },
    };
    for (String[] c : cases) {
      assertThatThrownBy(
              () ->
                  SourceRegistry.read(
                      new StringReader(
                          "sources:\n  s: {outlet: 甲, kind: media, hosts: [a.cn], " + c[0] + "}\n"),
                      "t.yml"))
          .as(c[0])
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void aHomeFileReplacesSourcesByIdAndAddsNewOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sources.yml");
    Files.writeString(
        file,
        "sources:\n  people: {outlet: 人民网, kind: media, hosts: ['*.people.com.cn'], enabled: false}\n"
            + "  mine: {outlet: 本地网, kind: media, hosts: [local.cn], entries: ['https://local.cn/rss.xml']}\n",
        StandardCharsets.UTF_8);
    SourceRegistry merged = SourceRegistry.load(Optional.of(file));
    assertThat(merged.byId("people").orElseThrow().crawl().crawlable()).isFalse();
    assertThat(merged.byId("mine").orElseThrow().crawl().crawlable()).isTrue();
    assertThat(merged.all()).hasSize(registry.all().size() + 1);
    assertThat(SourceRegistry.load(Optional.of(dir.resolve("none.yml"))).all())
        .hasSize(registry.all().size());
  }
}
