package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.domain.Block;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {
  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void selfContainedWithEveryTextAndWorkingAnchors(String name) throws Exception {
    BulletinView view = Seeds.view(name);
    String html = new String(Seeds.render("html", view), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("link, script, img, iframe, [src]")).isEmpty();
    assertThat(doc.select("style").html()).contains("#c00000");
    assertThat(doc.selectFirst(".masthead").text()).isEqualTo(view.series().title());
    assertThat(doc.select(".catalogue a")).hasSize(view.entries().size());
    for (Element a : doc.select(".catalogue a")) {
      assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull();
    }
    for (BulletinEntry e : view.entries()) {
      assertThat(doc.select("a[href=" + e.url() + "]")).isNotEmpty();
      for (Block b : e.body()) {
        assertThat(doc.body().text()).contains(b.text());
      }
    }
  }

  @Test
  void escapesMarkup() {
    assertThat(HtmlRenderer.esc("<b>&\"'\u0001")).isEqualTo("&lt;b&gt;&amp;&quot;&#39;");
  }

  @Test
  void sameIssueSameBytes() throws Exception {
    BulletinView view = Seeds.view("monthly-554");
    assertThat(Seeds.render("html", view)).isEqualTo(Seeds.render("html", view));
    assertThat(Seeds.render("md", view)).isEqualTo(Seeds.render("md", view));
  }
}
