package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Block;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static final String BODY = "文化革命是一场有着极为广泛的群众参与的政治运动。因此，如何理解这种广泛的群众参与，就成为理解文革的一个重要内容。";

  private static List<Block> body() {
    return List.of(Block.paragraph(BODY));
  }

  @Test
  void theBoldLineOverTheBody() {
    Document doc =
        Jsoup.parse(
            "<title>显示</title><p><a href=/>首页</a> <b>论坛</b></p>"
                + "<p align=center><font color=darkblue><strong>比赛革命的革命</strong></font></p>"
                + "<hr><p>胡平<br><br>"
                + BODY
                + "</p>");
    assertThat(Headline.beforeBody(doc, doc.body().text(), body(), "显示", List.of()))
        .contains("比赛革命的革命");
    assertThat(Headline.weak("显示", doc.body().text(), "比赛革命的革命")).isTrue();
  }

  @Test
  void aForumsSubjectLine() {
    Document doc =
        Jsoup.parse(
            "<table><tr><td><b>主题：</b> 你知道导游为什么那么热衷于购物吗？</td></tr>"
                + "<tr><td><b>作者：</b><a href=u>芊草凡凡</a> 时间： 2005-08-22 19:13:18</td></tr>"
                + "<tr><td>"
                + BODY
                + "</td></tr></table>");
    assertThat(Headline.beforeBody(doc, doc.body().text(), body(), "央视论坛", List.of()))
        .contains("你知道导游为什么那么热衷于购物吗？");
  }

  @Test
  void theHeadingTheTitleRepeatsWinsOverACloserOne() {
    Document doc =
        Jsoup.parse(
            "<p><strong>北京市儿童心理素质发展现状调查研究报告</strong></p>"
                + "<p><strong>北京市妇女儿童工作委员会课题组</strong></p><p>"
                + BODY
                + "</p>");
    assertThat(
            Headline.beforeBody(
                doc, doc.body().text(), body(), "千龙网--北京--北京市儿童心理素质发展现状调查研究报告", List.of()))
        .contains("北京市儿童心理素质发展现状调查研究报告");
  }

  @Test
  void noHeadingFarFromTheBodyNorADateLine() {
    Document doc =
        Jsoup.parse(
            "<h2>很远的标题在这里</h2><p>"
                + "导航 ".repeat(100)
                + "</p><p><b>2005-03-18 01:28:08</b></p><p>"
                + BODY
                + "</p>");
    assertThat(Headline.beforeBody(doc, doc.body().text(), body(), "", List.of())).isEmpty();
  }

  @Test
  void aSubtitleDoesNotReplaceTheWholeTitle() {
    assertThat(Headline.weak("海外留学生看两会：出国前后关注点大不同", "正文", "出国前后关注点大不同")).isFalse();
  }

  @Test
  void theHeadlineOutOfATitleDecoratedOnBothSides() {
    assertThat(Headline.weak("大话四川-[原创]朋友,请正确客观认识凉山！错误信息[麻辣社区]", "正文", "朋友,请正确客观认识凉山！")).isTrue();
  }

  @Test
  void aGoodTitleStands() {
    String page = "医保数据平台上线 正文";
    assertThat(Headline.weak("医保数据平台全面上线运行", page + " 医保数据平台全面上线运行", "栏目导航")).isFalse();
  }

  @Test
  void theBlogsNameOverItsPostsIsNoHeadline() {
    Document doc =
        Jsoup.parse(
            "<h2>洞庭一叶</h2><p><font size=4><strong>[湖湘文化]<a href=x>陈天华《警世钟》</a></strong>"
                + "</font><br>ggjjzhzz 发表于 2005-9-15</p><h3>洞庭一叶</h3><p>"
                + BODY
                + "</p>");
    assertThat(
            Headline.beforeBody(
                doc, doc.body().text(), body(), "China-Pub blog--洞庭一叶", List.of("洞庭一叶")))
        .contains("陈天华《警世钟》");
  }

  @Test
  void theBodysFirstLineIsTheHeadlineWhenTheTitleHoldsItBesideTheColumnsName() {
    String docTitle = "明日股市预测--最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%";
    java.util.List<cn.hinews.core.domain.Block> blocks =
        java.util.List.of(
            cn.hinews.core.domain.Block.paragraph("最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"),
            cn.hinews.core.domain.Block.paragraph("联合国贸发会议发布了《2019年贸易和发展报告》。"));
    assertThat(Headline.firstLineInTitle(blocks, docTitle)).isPresent();
    assertThat(Headline.otherPart(blocks.get(0).text(), "明日股市预测", docTitle)).isTrue();
    // the site's name beside its section is no headline, nor a line holding the title read
    assertThat(Headline.otherPart("北医新闻网_(新闻)", "北医新闻网", "北医新闻网_(新闻)")).isFalse();
    assertThat(Headline.otherPart("书记市长这一周 | 奋马扬鞭", "书记市长这一周", "书记市长这一周 | 奋马扬鞭 - 新华网")).isFalse();
    // a sentence is a paragraph, not a headline
    assertThat(
            Headline.firstLineInTitle(
                java.util.List.of(cn.hinews.core.domain.Block.paragraph("偶然掉在凡俗的临床上。")),
                "偶然掉在凡俗的临床上。-北医新闻网"))
        .isEmpty();
  }
}
