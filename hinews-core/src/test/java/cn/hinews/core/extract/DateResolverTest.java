package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 8, 0);

  private static DateResolver.Clues clues(
      String near, String url, Optional<PublishTime> meta, Optional<PublishTime> rule) {
    return new DateResolver.Clues(near, "", "", url, meta, rule, NOW);
  }

  private static PublishTime time(LocalDateTime t, Precision p) {
    return new PublishTime(t, p, t.toString());
  }

  @Test
  void thePlacesAreInTheirOrderAndNamed() {
    assertThat(DateResolver.STANDARD.stream().map(DateResolver.Place::name))
        .containsExactly(
            "site-rule",
            "after-headline",
            "after-headline-numeric",
            "metadata",
            "url",
            "page-text",
            "month-only");
  }

  @Test
  void theSiteRuleWinsOverEverything() {
    PublishTime rule = time(LocalDateTime.of(2026, 3, 1, 0, 0), Precision.DAY);
    DateResolver.Resolved r =
        DateResolver.standard()
            .resolve(
                clues(
                    "发布时间：2026-10-30",
                    "http://x.cn/2026-05/01/a.htm",
                    Optional.empty(),
                    Optional.of(rule)));
    assertThat(r.time()).contains(rule);
  }

  @Test
  void theShownDateWinsOverTheUrlAndTheMetadataRefinesItWhenTheyAgree() {
    PublishTime meta = time(LocalDateTime.of(2026, 10, 30, 9, 15, 42), Precision.SECOND);
    DateResolver.Resolved r =
        DateResolver.standard()
            .resolve(
                clues(
                    "发布时间：2026-10-30 09:15 来源：新华社",
                    "http://x.cn/2026-05/01/a.htm",
                    Optional.of(meta),
                    Optional.empty()));
    assertThat(r.time()).contains(meta);
    assertThat(r.notes()).last().isEqualTo("time from the page's metadata");
  }

  @Test
  void withoutAShownDateTheMetadataThenTheUrl() {
    PublishTime meta = time(LocalDateTime.of(2026, 10, 29, 0, 0), Precision.DAY);
    assertThat(
            DateResolver.standard()
                .resolve(
                    clues("", "http://x.cn/2026-05/01/a.htm", Optional.of(meta), Optional.empty()))
                .time())
        .contains(meta);
    assertThat(
            DateResolver.standard()
                .resolve(
                    clues("", "http://x.cn/2026-05/01/a.htm", Optional.empty(), Optional.empty()))
                .time()
                .map(t -> t.date().toString()))
        .contains("2026-05-01");
  }

  @Test
  void aResolverOfOtherPlacesReadsOnlyThose() {
    DateResolver urlOnly =
        new DateResolver(
            List.of(
                DateResolver.STANDARD.stream()
                    .filter(p -> p.name().equals("url"))
                    .findFirst()
                    .orElseThrow()));
    assertThat(
            urlOnly
                .resolve(
                    clues(
                        "发布时间：2026-10-30", "http://x.cn/a.htm", Optional.empty(), Optional.empty()))
                .time())
        .isEmpty();
  }
}
