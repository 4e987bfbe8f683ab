package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * List and column pages (fixtures in {@code src/test/resources/extract/listing/}, origins in its
 * README.md; the health commission's column is the discoverers' fixture): a list of dated links is
 * no article; an article of a column, or one with a dated related list, keeps its own headline and
 * time.
 */
class ListingStepTest {
  static final Path DIR = Path.of("src/test/resources/extract/listing");
  final ArticleExtractor extractor =
      Extractors.standard(SourceRegistry.defaults(), SiteRulesTest.CLOCK);

  private Extraction extract(String file, String url) throws IOException {
    return extract(DIR.resolve(file), url);
  }

  private Extraction extract(Path file, String url) throws IOException {
    return extractor.extract(Page.of(url, Files.readAllBytes(file)));
  }

  @Test
  void aHealthCommissionsColumnOfDatedLinksIsNoArticle() throws IOException {
    Extraction x =
        extract(
            Path.of("src/test/resources/discover/sh-wjw-list.html"),
            "https://wsjkw.sh.gov.cn/yqtb/index.html");
    assertThat(x.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("a list page"));
    assertThat(x.unstorable()).isPresent();
    assertThat(x.published()).isEmpty();
    assertThat(x.blocks()).isEmpty();
  }

  @Test
  void aNewsColumnTitledByItsSiteAndSectionIsNoArticle() throws IOException {
    Extraction x =
        extract("list-news-column-constructed.html", "http://www.samrdprc.org.cn/xwdt/gzdt/");
    assertThat(x.failure()).hasValueSatisfying(f -> assertThat(f).contains("8 dated links"));
  }

  @Test
  void anArticleWithADatedRelatedListStaysAnArticle() throws IOException {
    Extraction x =
        extract(
            "article-with-dated-related-list-constructed.html",
            "http://www.samrdprc.org.cn/xwdt/gzdt/202302/t20230203_1001.html");
    assertThat(x.failure()).isEmpty();
    assertThat(x.title()).isEqualTo("中心组织开展消费品召回技术培训");
    assertThat(x.published().orElseThrow().value().toLocalDate())
        .isEqualTo(LocalDateTime.of(2023, 2, 3, 0, 0).toLocalDate());
    assertThat(x.bodyText()).startsWith("为提升消费品召回技术支撑能力");
  }

  @Test
  void aColumnsArticleHasItsOwnHeadlineAndTimeNotTheColumnsNorAnotherItems() throws IOException {
    Extraction x =
        extract(
            "column-article-mingridapan.html",
            "http://www.mingridapan.com/shishi/news/637863.html");
    assertThat(x.failure()).isEmpty();
    assertThat(x.title()).isEqualTo("最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%");
    assertThat(x.published().orElseThrow().value())
        .isEqualTo(LocalDateTime.of(2019, 9, 26, 10, 9, 11));
    assertThat(x.bodyText()).contains("联合国贸发会议发布了《2019年贸易和发展报告》").doesNotContain("最新出炉");
  }

  @Test
  void aColumnsArticleUnderABreadcrumbHeadingHasItsOwnHeadline() throws IOException {
    Extraction x = extract("column-article-gsc.html", "http://www.gsc.org.cn/content.aspx?id=1004");
    assertThat(x.failure()).isEmpty();
    assertThat(x.title()).isEqualTo("2019年中国人文地理学术年会在重庆•西南大学成功举行！");
    assertThat(x.published().orElseThrow().value().toLocalDate())
        .isEqualTo(LocalDateTime.of(2019, 5, 18, 0, 0).toLocalDate());
  }
}
