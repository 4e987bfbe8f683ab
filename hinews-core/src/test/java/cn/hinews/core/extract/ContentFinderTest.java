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
}
