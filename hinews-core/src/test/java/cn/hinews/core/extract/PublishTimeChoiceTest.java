package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Which time an extraction reports when the text after the headline and the metadata differ. */
class PublishTimeChoiceTest {
  private static final String BODY =
      "<p>马克龙星期一在莫斯科与普京会面，双方就欧洲安全局势交换了意见，会谈持续了五个多小时，这是近年来最长的一次会谈。</p>"
          + "<p>法国总统府表示，双方同意继续通过外交途径解决分歧，并将在未来几周内保持密切联系，以推动局势降温。</p>";

  private static PublishTime extract(String head, String line) {
    String html =
        "<html><head><title>马克龙与普京会面</title>"
            + head
            + "</head><body><h1>马克龙与普京会面</h1><p class=date>"
            + line
            + "</p><div class=article>"
            + BODY
            + "</div></body></html>";
    return Extractors.standard(SourceRegistry.defaults(), SiteRulesTest.CLOCK)
        .extract(Page.of("http://example.org/a.html", html.getBytes(StandardCharsets.UTF_8)))
        .published()
        .orElseThrow();
  }

  @Test
  void theShownMinuteWinsOverMetadataOfAnotherZone() {
    PublishTime t =
        extract(
            "<meta property='article:published_time' content='2022-02-06T12:48:06+00:00'>",
            "发表时间： 06/02/2022 - 13:48");
    assertThat(t.value()).isEqualTo(LocalDateTime.of(2022, 2, 6, 13, 48));
  }

  @Test
  void theMetadataAddsSecondsWhenItAgrees() {
    PublishTime t =
        extract(
            "<meta property='article:published_time' content='2022-02-06T13:48:06+08:00'>",
            "发布时间：2022-02-06 13:48");
    assertThat(t.value()).isEqualTo(LocalDateTime.of(2022, 2, 6, 13, 48, 6));
    assertThat(t.precision()).isEqualTo(Precision.SECOND);
  }

  @Test
  void aMidnightInTheMetadataIsADay() {
    PublishTime t =
        extract("<meta name='PubDate' content='2022-01-28 00:00:00'>", "发布日期：2022年01月28日");
    assertThat(t.precision()).isEqualTo(Precision.DAY);
  }
}
