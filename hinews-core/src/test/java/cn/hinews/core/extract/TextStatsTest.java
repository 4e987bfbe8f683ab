package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void countsTextAndLinkTextBottomUp() {
    Document doc =
        Jsoup.parse(
            "<div id=a><p id=p>正文 十个字，不算空格。</p><ul id=u><li><a href=x>链接文字</a> 尾巴</li></ul></div>");
    TextStats s = TextStats.of(doc);
    assertThat(s.at(doc.getElementById("p"))).isEqualTo(new TextStats.Counts(11, 0));
    assertThat(s.at(doc.getElementById("u"))).isEqualTo(new TextStats.Counts(6, 4));
    assertThat(s.at(doc.getElementById("a"))).isEqualTo(new TextStats.Counts(17, 4));
    assertThat(s.at(doc.getElementById("a")).plain()).isEqualTo(13);
    assertThat(s.at(doc.getElementById("u")).linkDensity()).isEqualTo(4 / 6.0);
  }

  @Test
  void anElementNotCountedHasNoTextAndFullLinkDensity() {
    TextStats s = TextStats.of(Jsoup.parse("<p>字</p>"));
    TextStats.Counts none = s.at(Jsoup.parse("<p>别的</p>").body());
    assertThat(none.text()).isZero();
    assertThat(none.linkDensity()).isEqualTo(1.0);
  }

  @Test
  void ownTextLeavesNestedBlocksOutAndCountsPunctuationInLinks() {
    Document doc = Jsoup.parse("<div id=d>前言，<a href=x>链接。</a><p>段落里的字。</p></div>");
    TextStats.Own own = TextStats.own(doc.body()).get(doc.getElementById("d"));
    assertThat(own).isEqualTo(new TextStats.Own(6, 2, 3, 1));
  }
}
