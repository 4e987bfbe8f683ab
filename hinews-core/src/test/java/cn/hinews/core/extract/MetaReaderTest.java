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
    assertThat(title(doc)).isEqualTo("社会资本与再就业");
  }

  @Test
  void scholarlyCitationAuthorsBeforeThePublishersAuthorTag() {
    Document doc =
        Jsoup.parse(
            "<meta name=citation_authors content='赵 培'>"
                + "<meta name=Author content='中文学术期刊,汉斯出版社,Hans Publishers'>");
    assertThat(MetaReader.authors(doc)).containsExactly("赵培");
  }

  @Test
  void aChannelNameGluedOnWithABareHyphenAndIconCharactersAreNoPartOfTheTitle() {
    assertThat(title(Jsoup.parse("<title>民间资本成投资活动的主体 民间资本路在何方-搜狐财经</title>")))
        .isEqualTo("民间资本成投资活动的主体 民间资本路在何方");
    assertThat(title(Jsoup.parse("<title>新冠-疫苗研发进展</title>"))).isEqualTo("新冠-疫苗研发进展");
    assertThat(title(Jsoup.parse("<title>投身外交(3)\ue004</title>"))).isEqualTo("投身外交(3)");
  }

  @Test
  void theBlogsNameInItsH1IsNoHeadline() {
    Document doc =
        Jsoup.parse(
            "<title>评老冒：做最好的东西？ - 彻头彻尾的linkist - DonewsBlog</title>"
                + "<h1>彻头彻尾的linkist</h1><div class=post><b>评老冒：做最好的东西？</b></div>");
    assertThat(MetaReader.headingTitle(doc)).isEmpty();
    assertThat(title(doc)).isEqualTo("评老冒：做最好的东西？");
  }

  private static String title(Document doc) {
    return MetaReader.title(doc, MetaReader.headingTitle(doc));
  }

  @Test
  void aPublishTimeKeptOnlyInThePagesScriptsIsRead() {
    java.time.LocalDateTime now = java.time.LocalDateTime.of(2026, 12, 3, 12, 0);
    // 微信公众号: the visible date is written by the script from var ct (epoch seconds)
    Document wechat =
        Jsoup.parse(
            "<h1 id=activity-name>医院上线智能导诊</h1><em id=publish_time></em>"
                + "<script>var nickname = \"健康北京\"; var ct = \"1733200000\";</script>");
    assertThat(MetaReader.date(wechat, now))
        .hasValueSatisfying(
            t ->
                assertThat(t.value())
                    .isEqualTo(java.time.LocalDateTime.of(2024, 12, 3, 12, 26, 40)));
    // 百家号 and other single-page apps: the page state
    Document state =
        Jsoup.parse(
            "<script>window.jsonData = {\"title\":\"x\",\"publishTime\":\"2024-03-05 10:20:00\"};</script>");
    assertThat(MetaReader.date(state, now))
        .hasValueSatisfying(
            t -> assertThat(t.value()).isEqualTo(java.time.LocalDateTime.of(2024, 3, 5, 10, 20)));
    // a number that is no time of this century, or a time in the future, is no publish time
    assertThat(MetaReader.date(Jsoup.parse("<script>var ct = \"9999999999\";</script>"), now))
        .isEmpty();
  }

  @Test
  void aSiteNameGluedOnWithABareHyphenGoesWhenThePageNamesItselfSoAndAnOriginalMarkGoes() {
    assertThat(
            title(
                Jsoup.parse(
                    "<title>医疗芯片国产化提速-EDN 电子技术设计</title>"
                        + "<meta property=og:site_name content='EDN 电子技术设计'>")))
        .isEqualTo("医疗芯片国产化提速");
    assertThat(
            title(
                Jsoup.parse(
                    "<title>市卫健委通报医疗腐败案件-纪检</title><a href=/><img alt=纪检 src=logo.png></a>")))
        .isEqualTo("市卫健委通报医疗腐败案件");
    // a hyphen the page does not explain stays
    assertThat(title(Jsoup.parse("<title>医疗芯片国产化提速-EDN 电子技术设计</title>")))
        .isEqualTo("医疗芯片国产化提速-EDN 电子技术设计");
    assertThat(title(Jsoup.parse("<title>原创丨互联网医院处方流转试点启动</title>"))).isEqualTo("互联网医院处方流转试点启动");
    assertThat(title(Jsoup.parse("<title>【原创】智慧医院建设进入快车道</title>"))).isEqualTo("智慧医院建设进入快车道");
  }
}
