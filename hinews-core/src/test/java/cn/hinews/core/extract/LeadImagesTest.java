package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadImagesTest {
  @Test
  void buttonsIconsAndQrCodesAreNoLeadImages() {
    assertThat(StandardExtractor.decorative("../../img/cx-btn.png")).isTrue();
    assertThat(StandardExtractor.decorative("http://x.cn/images/share_weixin.gif")).isTrue();
    assertThat(StandardExtractor.decorative("http://x.cn/static/qrcode.jpg")).isTrue();
    assertThat(StandardExtractor.decorative("data:image/gif;base64,R0lGOD")).isTrue();
    assertThat(StandardExtractor.decorative("http://x.cn/logo.svg")).isTrue();
    assertThat(
            StandardExtractor.decorative(
                "http://epaper.chinatibetnews.com/xzrb/202202/13/9d6e7f8e-1a41.jpg"))
        .isFalse();
    assertThat(StandardExtractor.decorative("http://www.news.cn/2026-01/16/1130000_photo.jpg"))
        .isFalse();
    assertThat(StandardExtractor.decorative("http://x.cn/2024/market-share-2024.png")).isFalse();
    assertThat(StandardExtractor.decorative("https://www.news.cn/images/syicon/space.gif"))
        .isTrue();
  }
}
