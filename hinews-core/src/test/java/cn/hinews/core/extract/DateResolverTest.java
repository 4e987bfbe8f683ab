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
    return new DateResolver.Clues(near, "", "", url, meta, Optional.empty(), rule, NOW);
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
            "metadata-modified",
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

  @Test
  void theLastChangeCountsOnlyWhenNothingElseGivesADay() {
    PublishTime changed = time(LocalDateTime.of(2019, 9, 30, 22, 46, 13), Precision.SECOND);
    DateResolver.Clues none =
        new DateResolver.Clues(
            "发布时间：09-30 22:46",
            "",
            "",
            "http://x.cn/s?id=1",
            Optional.empty(),
            Optional.of(changed),
            Optional.empty(),
            NOW);
    assertThat(DateResolver.standard().resolve(none).time()).contains(changed);
    DateResolver.Clues shown =
        new DateResolver.Clues(
            "发布时间：2019-09-29",
            "",
            "",
            "http://x.cn/s?id=1",
            Optional.empty(),
            Optional.of(changed),
            Optional.empty(),
            NOW);
    assertThat(DateResolver.standard().resolve(shown).time().map(t -> t.date().toString()))
        .contains("2019-09-29");
  }

  @Test
  void aDateInsideTheBodysFirstParagraphIsNoPublishDate() {
    String near = "来源于：东区办事处 2019年2月27日下午，佛山顺德区大良街道党工委委员一行八人到众创金融街进行实地考察调研。";
    String lead = "2019年2月27日下午，佛山顺德区大良街道党工委委员一行八人到众创金融街进行实地考察调研。";
    String cut =
        DateStep.withoutFirstParagraph(near, List.of(cn.hinews.core.domain.Block.paragraph(lead)));
    assertThat(cut).doesNotContain("2019年2月27日").contains("来源于：东区办事处");
    assertThat(DateStep.withoutFirstParagraph("发布时间：2019-03-06", List.of()))
        .isEqualTo("发布时间：2019-03-06");
  }
}
