package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Block;
import cn.hinews.core.source.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BodyFilterTest {
  @Test
  void photoCreditsCaptionLabelsAndBareAddressesAreFurniture() {
    String p =
        "<p>U.S. Defense Secretary Mark Esper said on Wednesday that the United States is providing"
            + " Vietnam with a coast guard cutter, the second such transfer, to help it patrol its waters.</p>";
    String html =
        "<html><head><title>Esper in Hanoi</title></head><body><article><h1>Esper in Hanoi</h1>"
            + "<p>https://www.example.com/news/world/article/esper-14848382.php</p>"
            + p
            + "<p>Photo: Hau Dinh, AP</p><p>Caption</p>"
            + p.replace("Wednesday", "Thursday")
            + p.replace("Wednesday", "Friday")
            + "</article></body></html>";
    Extraction x =
        Extractors.standard(
                SourceRegistry.defaults(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .extract(
                Page.of("https://www.example.com/a.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.blocks())
        .extracting(Block::text)
        .hasSize(3)
        .allMatch(t -> t.startsWith("U.S. Defense"));
  }

  @Test
  void englishDateStampsAndBylineLinesAreNotBody() {
    assertThat(BodyFilter.dateOnly("Published 18 November 2019")).isTrue();
    assertThat(
            BodyFilter.dateOnly(
                "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"))
        .isTrue();
    assertThat(BodyFilter.dateOnly("Nov. 19, 2019, 8:41 AM UTC")).isTrue();
    assertThat(BodyFilter.dateOnly("Published 1 day ago")).isTrue();
    assertThat(
            BodyFilter.dateOnly(
                "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"))
        .isTrue();
    assertThat(BodyFilter.dateOnly("He left 3 days ago")).isFalse();
    assertThat(BodyFilter.dateOnly("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL"))
        .isFalse();
    assertThat(BodyFilter.dateOnly("The vote is on Nov. 19, 2019.")).isFalse();
    String p =
        "<p>A New York man pleaded guilty on Monday to threatening to kill Rep. Ilhan Omar, federal"
            + " prosecutors said, in a case that drew national attention to threats against lawmakers.</p>";
    String html =
        "<html><head><title>Man pleads guilty</title></head><body><article><h1>Man pleads guilty</h1>"
            + "<p>By Phil Helsel</p><p>Nov. 19, 2019, 8:41 AM UTC</p>"
            + p
            + p.replace("Monday", "Tuesday")
            + p.replace("Monday", "Friday")
            + "</article></body></html>";
    Extraction x =
        Extractors.standard(
                SourceRegistry.defaults(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .extract(
                Page.of("https://www.example.com/b.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.blocks()).extracting(Block::text).allMatch(t -> t.startsWith("A New York man"));
  }

  @Test
  void aLongLineThatIsWhollyALinkIsAHeadlineNotAParagraph() {
    String p =
        "<p>China has sent troops to Hong Kong in a bid to restore order following months of riots,"
            + " and warned it will not allow the city to slide into chaos, officials said on Tuesday.</p>";
    String html =
        "<html><head><title>Hong Kong latest</title></head><body><article><h1>Hong Kong latest</h1>"
            + p
            + "<p><a href=\"/x.html\">Lakers vs Nets: NBA make final decision on game amid China turmoil"
            + " [VIDEO]</a></p>"
            + p.replace("Tuesday", "Wednesday")
            + p.replace("Tuesday", "Friday")
            + "</article></body></html>";
    Extraction x =
        Extractors.standard(
                SourceRegistry.defaults(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .extract(
                Page.of("https://www.example.com/c.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.blocks()).extracting(Block::text).allMatch(t -> t.startsWith("China has sent"));
  }

  private static BlockWriter.Unit unit(String text) {
    return new BlockWriter.Unit(
        text, cn.hinews.core.domain.BlockKind.PARAGRAPH, false, false, 0, 0);
  }

  @Test
  void teasersOfOtherPostsCutOffWithAnEllipsisAreDropped() {
    var units =
        java.util.List.of(
            unit("None of the games can be without bugs. Some bugs are noticeable at once."),
            unit("Upcoming Hero's Base updates"),
            unit("Sometimes people ask me why this or that location become […]"),
            unit("Last Man: Skills system update"),
            unit("I want to tell you about another important change in Last Man, […]"));
    assertThat(BodyFilter.withoutTeasers(units)).hasSize(1);
    var prose =
        java.util.List.of(
            unit("为什么呢？不是有机遇有才华么？不要着急，听我给你讲啊……"), unit("而这些歌迷近乎绝望的呼喊与控诉已经不再是一个个问号了……"));
    assertThat(BodyFilter.withoutTeasers(prose)).hasSize(2);
  }

  @Test
  void aHeadlineAboveTheFirstParagraphIsTheTitleWhenThePageNamesNone() {
    var units =
        java.util.List.of(
            new BlockWriter.Unit(
                "播客热潮迅速蔓延 挑逗传统传媒业", cn.hinews.core.domain.BlockKind.SUBHEADING, false, false, 0, 0),
            unit("每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容。"));
    assertThat(BodyFilter.filter(units, "")).hasSize(1);
    assertThat(BodyFilter.filter(units, "另一篇文章的标题")).hasSize(2);
  }

  @Test
  void postStampsAndDisclaimersAreNotBody() {
    String para = "每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容。";
    var units =
        java.util.List.of(
            unit(para),
            unit("发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)"),
            unit("2022.01.20 16:31 来源：河南日报客户端"),
            unit("Trackback: http://tb.example.net/TrackBack.aspx?PostId=543698"),
            unit(para.replace("主持人", "播音员")),
            unit("郑 重 声 明"),
            unit("1. 任何言论纯属作者个人观点，与本站无关；"));
    assertThat(BodyFilter.filter(units, ""))
        .extracting(Block::text)
        .containsExactly(para, para.replace("主持人", "播音员"));
  }

  private static BlockWriter.Unit afterImage(String text) {
    return new BlockWriter.Unit(text, cn.hinews.core.domain.BlockKind.PARAGRAPH, true, false, 0, 0);
  }

  @Test
  void galleryChromeCookieNoticesAndRepeatedCaptionsAreDropped() {
    String para =
        "U.S. Defense Secretary Mark Esper said on Wednesday that the United States is providing"
            + " Vietnam with a coast guard cutter to help it patrol its waters.";
    String caption =
        "Former Gov. Deval Patrick speaks with a business owner during a campaign stop.";
    var units =
        java.util.List.of(
            unit(
                "https://www.example.com/news/article/Esper-says-US-providing-Vietnam-with-coast-guard-14848382.php"),
            unit(para),
            unit("Image 1 of 5"),
            afterImage(caption),
            afterImage(caption),
            unit("(Image credit: Blue Origin)"),
            unit("Natalie Naccache | Bloomberg | Getty Images"),
            unit("ADVERTISEMENT"),
            unit("Back to Gallery"),
            unit("This website uses cookies. By continuing to use our website you agree to it."),
            unit(para.replace("Wednesday", "Thursday")));
    assertThat(BodyFilter.filter(units, ""))
        .extracting(Block::text)
        .containsExactly(para, caption, para.replace("Wednesday", "Thursday"));
  }

  @Test
  void aRelatedBoxInTheMiddleIsSkippedAndTheArticleGoesOn() {
    String para =
        "Protesters believe the extradition bill is an example of Hong Kong's eroding autonomy.";
    String after = "They worry China is taking back the freedoms given to Hong Kong in 1997.";
    var units =
        java.util.List.of(
            unit(para),
            unit("DON'T MISS"),
            unit("Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]"),
            unit("Protesters have worn masks to protect their identities (Image: GETTY )"),
            unit(after));
    assertThat(BodyFilter.filter(units, "")).extracting(Block::text).containsExactly(para, after);
  }

  @Test
  void aDataTablesRowsAreNotAListOfLinks() {
    StringBuilder rows = new StringBuilder();
    String[] drivers = {
      "Kyle Busch", "Martin Truex Jr.", "Kevin Harvick", "Denny Hamlin", "Joey Logano"
    };
    for (int i = 0; i < drivers.length; i++) {
      rows.append("<tr><td>")
          .append(i + 1)
          .append("</td><td>")
          .append(drivers[i])
          .append("</td><td>")
          .append(5040 - i * 5)
          .append("</td></tr>");
    }
    String p =
        "<p>Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida,"
            + " com pontos, vitórias e poles de cada piloto da temporada.</p>";
    String html =
        "<html><head><title>Classificação</title></head><body><article><h1>Classificação</h1>"
            + p
            + p.replace("Nesta", "Nessa")
            + "<table>"
            + rows
            + "</table></article></body></html>";
    Extraction x =
        Extractors.standard(
                SourceRegistry.defaults(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
            .extract(
                Page.of("https://www.example.com/d.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(x.bodyText()).contains("3 Kevin Harvick 5030").contains("5 Joey Logano 5020");
  }

  @Test
  void newsletterPitchesDatedBylinesAndLayoutTokensAreNotBody() {
    String para =
        "Asian shares slipped on Tuesday as doubts crept back in about a trade deal between the two.";
    var units =
        java.util.List.of(
            unit("November 19, 2019 / 12:21 AM / Updated 14 hours ago"),
            unit("5 Min Read"),
            unit("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."),
            unit(para),
            unit("narrow-browser-and-phone"),
            unit("Get the latest updates right in your inbox. Subscribe to our newsletters."),
            unit("Your privacy is important to us. We have updated our privacy policy."),
            unit(para.replace("Tuesday", "Wednesday")));
    assertThat(BodyFilter.filter(units, ""))
        .extracting(Block::text)
        .containsExactly(para, para.replace("Tuesday", "Wednesday"));
  }

  @Test
  void aSentenceBeginningWithByADateIsNoByline() {
    String by = "By March 2020, more than 1,000 people had died.";
    String para =
        "Asian shares slipped on Tuesday as doubts crept back in about a trade deal between the two.";
    assertThat(BodyFilter.filter(java.util.List.of(unit(para), unit(by)), ""))
        .extracting(Block::text)
        .containsExactly(para, by);
  }

  @Test
  void youMayAlsoLikeEndsTheArticle() {
    String para =
        "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, dizem.";
    var units =
        java.util.List.of(
            unit(para),
            unit("Você pode gostar..."),
            unit(
                "A vida requer da gente otimismo e coragem para esperar o melhor e fazer acontecer."));
    assertThat(BodyFilter.filter(units, "")).extracting(Block::text).containsExactly(para);
  }

  @Test
  void sourceLinesReprintNoticesAndARepeatedHeadingAreDropped() {
    String para = "近日，惊爆台湾本土天王被打，娱乐圈被打事件频频发生。涉及赌债，感情纠葛，原因种种。";
    var units =
        java.util.List.of(
            unit("文章来源：千龙网"),
            unit("10.新生活与明白神的旨意"),
            unit("10.新生活与明白神的旨意"),
            unit(para),
            unit("（更多内容请继续关注 查报纸网 www.example.com.cn）"),
            unit("原创版权禁止商业转载 授权>>"));
    assertThat(BodyFilter.filter(units, ""))
        .extracting(Block::text)
        .containsExactly("10.新生活与明白神的旨意", para);
  }
}
