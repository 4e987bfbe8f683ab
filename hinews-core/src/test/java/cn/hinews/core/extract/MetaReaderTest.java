package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetaReaderTest {
  @Test
  void aTitleLeftInTheBodyByBrokenMarkupIsStillTheTitle() {
    Document doc =
        Jsoup.parse("<text title=x><html><head><title>医保新规发布-搜狐财经</title></head></html>");
    assertThat(MetaReader.docTitle(doc)).isEqualTo("医保新规发布-搜狐财经");
  }

  @Test
  void aPaginatedArticlesPageNumberIsNoPartOfItsTitle() {
    Document doc = Jsoup.parse("<title>社会资本与再就业(页 1) - 学术前沿</title>");
    assertThat(MetaReader.title(doc)).isEqualTo("社会资本与再就业");
  }

  @Test
  void scholarlyCitationAuthorsBeforeThePublishersAuthorTag() {
    Document doc =
        Jsoup.parse(
            "<meta name=citation_authors content='赵 培'>"
                + "<meta name=Author content='中文学术期刊,汉斯出版社,Hans Publishers'>");
    assertThat(MetaReader.authors(doc)).containsExactly("赵培");
  }
}
