package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.source.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContentFinderTest {
  static Extraction extract(String html) {
    return Extractors.standard(
            SourceRegistry.defaults(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .extract(Page.of("https://bbs.example.com/t.html", html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aThreadsReplyTreeDoesNotOutweighAShortPost() {
    StringBuilder replies = new StringBuilder("<ul>");
    for (int i = 0; i < 60; i++) {
      replies
          .append("<li><a href=\"t")
          .append(i)
          .append(".html\">回复：一把辛酸泪啊！</a>【<a href=\"u.html\">网友")
          .append(i)
          .append("</a>】08-11 16:")
          .append(10 + i)
          .append(
              " 298字 [140/0]<ul><li><a href=\"r.html\">顶一下，说得对！</a>【<a href=\"u.html\">路人</a>】08-12 10:00 0字 [12/0]</li></ul></li>");
    }
    replies.append("</ul>");
    String html =
        "<html><head><title>导游为什么热衷购物</title></head><body><table><tr><td>"
            + "<p>导游的收入很大一部分来自购物的回扣，这是业内的“行规”，境内游境外游都是这样的。以国内游为例，"
            + "回扣一般在购物额的10％左右。所以，以我的经验，一定要看清楚合同，不要听导游瞎掰。</p>"
            + "</td></tr><tr><td><b>回复线索：</b>"
            + replies
            + "</td></tr></table></body></html>";
    assertThat(extract(html).bodyText()).startsWith("导游的收入").doesNotContain("回复：");
  }

  private static String blogPost(String title, String date, String text) {
    return "<div class=\"post\"><table><tr><td class=\"post-title\">"
        + title
        + "</td><td>"
        + date
        + "</td></tr><tr><td class=\"post-body\">"
        + text
        + "</td></tr></table><p>由博主张贴 @ "
        + date
        + " <a href=\"c.html\">发表评论</a></p></div>";
  }

  @Test
  void onABlogsFrontPageTheBodyIsTheFirstPostNotTheLongest() {
    String first = "距墨尔本西北约110公里处，是当年澳大利亚发现第一块天然黄金的地方，现在是最受游客欢迎的观光城市。";
    String longer = "想想十多年前刚来的时候，没有中文报纸，也没有网络，只能听广播。而现在呢，多幸福，美好的网络连接你我。";
    String html =
        "<html><head><title>海姑娘的博客</title></head><body><div class=\"main\">"
            + blogPost("昨天去金矿玩", "2005-03-21 01:20:44", first + first)
            + blogPost("回来了", "2005-03-18 01:28:08", longer + longer + longer + longer)
            + blogPost("剪头发", "2005-03-15 11:02:13", first.replace("墨尔本", "悉尼") + first)
            + "</div></body></html>";
    assertThat(extract(html).bodyText()).startsWith("距墨尔本").doesNotContain("想想");
  }

  @Test
  void twoDatedBoxesOfOneShapeAreNoListingOfPosts() {
    String notice = "为进一步推进全民健康信息平台建设，现将有关事项通知如下，请各单位认真贯彻落实，按期报送工作进展情况。";
    String older = "关于开展二〇二四年度医疗卫生机构数据质量评估工作的说明，此前已经印发，各单位可登录平台查看相关材料。";
    String html =
        "<html><head><title>通知</title></head><body><div class=\"main\">"
            + blogPost("关于推进平台建设的通知", "2026-01-16 10:00:00", notice + notice)
            + blogPost("往期说明", "2024-03-01 09:00:00", older + older + older + older)
            + "</div></body></html>";
    // the strongest box stands: with two, the first is not taken as a listing's newest post
    assertThat(extract(html).bodyText()).contains("各单位可登录平台查看相关材料");
  }

  @Test
  void leadParagraphsInTheirOwnBoxesBeforeTheBodyBelongToIt() {
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      rest.append("<p>Remember what we already know about this President's health, paragraph ")
          .append(i)
          .append(
              ", which is to say that he is the oldest person ever elected to a first term.</p>");
    }
    String html =
        "<html><head><title>Trust</title></head><body><section><div class=\"wrap\">"
            + "<div class=\"leafmedia\"><p>(CNN) President Donald Trump, according to the White House, made"
            + " an unscheduled trip to Walter Reed hospital on Saturday for a quick exam.</p></div>"
            + "<div class=\"para\">You shouldn't just believe them, for many reasons, and"
            + " here is why that matters so much to all of us.</div>"
            + "<div class=\"read-all\">"
            + rest
            + "</div></div></section></body></html>";
    assertThat(extract(html).bodyText()).startsWith("(CNN) President").contains("You shouldn't");
  }

  @Test
  void aDataTableAfterTheBodysBoxBelongsToIt() {
    StringBuilder rows = new StringBuilder("<tr><th>专业名称</th><th>指导教师</th><th>考试科目</th></tr>");
    String[] majors = {"艺术学原理", "艺术人类学", "中国音乐史", "音乐美学", "中国画理论与创作"};
    for (String m : majors) {
      rows.append("<tr><td>")
          .append(m)
          .append("</td><td>刘梦溪</td><td>1、英语或俄语或日语 2、艺术概论 3、中国艺术史基础知识</td></tr>");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      text.append("<p>").append(i).append("、报名时先持考生本人身份证复印件、学历证书和毕业证书复印件，向招生办索取全部报名材料，逾期不予受理。</p>");
    }
    String html =
        "<html><head><title>招生简章</title></head><body><div class=\"page\"><div class=\"text\">"
            + text
            + "<p>附：招生专业及考试科目</p></div><table border=\"1\">"
            + rows
            + "</table></div></body></html>";
    assertThat(extract(html).bodyText()).contains("艺术人类学 刘梦溪").contains("中国画理论与创作");
  }

  @Test
  void anEmbeddedTweetInASocialBoxIsQuotedContent() {
    String p =
        "<p>South Dakota launched an anti-drug campaign on Monday, and a whole lot of people on Twitter"
            + " pointed out what might be wrong with its slogan, which the state paid for.</p>";
    String html =
        "<html><head><title>Meth</title></head><body><article>"
            + p
            + p.replace("Monday", "Tuesday")
            + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>Yes this is real"
            + " and yes the state spent nearly half a million dollars on it</p>— Dianna E. Anderson"
            + " (@diannaeanderson) November 18, 2019</blockquote></div>"
            + p.replace("Monday", "Friday")
            + "</article></body></html>";
    assertThat(extract(html).bodyText()).contains("Yes this is real");
  }
}
