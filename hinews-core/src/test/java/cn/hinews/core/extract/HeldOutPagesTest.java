package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Pages modelled on misses of the held-out title-and-date sets (see {@code
 * extract/heldout/README.md}): the headline and the day as the page shows them.
 */
class HeldOutPagesTest {
  static final Path DIR = Path.of("src/test/resources/extract/heldout");
  final ArticleExtractor extractor =
      Extractors.standard(SourceRegistry.defaults(), SiteRulesTest.CLOCK);

  private Extraction extract(String url, String file) throws IOException {
    return extractor.extract(Page.of(url, Files.readAllBytes(DIR.resolve(file))));
  }

  @Test
  void aResolutionsAdoptionIsNotItsPublication() throws IOException {
    Extraction x =
        extract(
            "https://www.gov.cn/gongbao/content/2007/content_711039.htm",
            "resolution-adopted-firstpublished.html");
    assertThat(x.published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo("2007-08-20"));
  }

  @Test
  void aTitleWithTheColumnsNameGluedOnGivesWayToTheHeadline() throws IOException {
    Extraction x =
        extract("http://www.sxmu.edu.cn/jijian/info/1081/978.htm", "law-title-column-suffix.html");
    assertThat(x.title()).as(x.diagnostics().notes().toString()).isEqualTo("中华人民共和国监察法");
    assertThat(x.published()).hasValueSatisfying(p -> assertThat(p.date()).isEqualTo("2018-05-17"));
    assertThat(x.bodyText()).contains("为了深化国家监察体制改革");
  }

  @Test
  void anAdoptionNoteIsPassedOverButAPlainDateIsNot() {
    LocalDateTime now = LocalDateTime.of(2026, 11, 1, 0, 0);
    assertThat(
            ChineseDates.firstShown(
                "决议\n（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）\n发布时间：2007-08-20", now))
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo("2007-08-20"));
    assertThat(ChineseDates.firstShown("（2019年3月1日国务院批准）", now)).isEmpty();
    assertThat(ChineseDates.firstShown("（2019年3月1日）会议通过了决定", now))
        .hasValueSatisfying(t -> assertThat(t.date()).isEqualTo("2019-03-01"));
  }

  @Test
  void theFirstParagraphIsFoundWhereItStandsNotInANoteThatBeginsAlike() {
    String near =
        "决议 （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过） 第十届全国人民代表大会常务委员会第二十八次会议，听取了说明，并对议案进行了审议。";
    String paragraph = "第十届全国人民代表大会常务委员会第二十八次会议，听取了说明，并对议案进行了审议。";
    assertThat(DateStep.locate(near, paragraph))
        .isEqualTo(near.indexOf("第十届全国人民代表大会常务委员会第二十八次会议，"));
  }

  @Test
  void aHyphenatedTitleThePageShowsWholeStays() {
    assertThat(Headline.gluedName("中华人民共和国监察法-纪检", "中华人民共和国监察法", "中华人民共和国监察法 发布时间")).isTrue();
    assertThat(Headline.gluedName("新冠疫苗-研发进展", "新冠疫苗", "新冠疫苗-研发进展 正文")).isFalse();
  }
}
