package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadImagesTest {
  @Test
  void buttonsIconsAndQrCodesAreNoLeadImages() {
    assertThat(ImagesStep.decorative("../../img/cx-btn.png")).isTrue();
    assertThat(ImagesStep.decorative("http://x.cn/images/share_weixin.gif")).isTrue();
    assertThat(ImagesStep.decorative("http://x.cn/static/qrcode.jpg")).isTrue();
    assertThat(ImagesStep.decorative("data:image/gif;base64,R0lGOD")).isTrue();
    assertThat(ImagesStep.decorative("http://x.cn/logo.svg")).isTrue();
    assertThat(
            ImagesStep.decorative(
                "http://epaper.chinatibetnews.com/xzrb/202202/13/9d6e7f8e-1a41.jpg"))
        .isFalse();
    assertThat(ImagesStep.decorative("http://www.news.cn/2026-01/16/1130000_photo.jpg")).isFalse();
    assertThat(ImagesStep.decorative("http://x.cn/2024/market-share-2024.png")).isFalse();
    assertThat(ImagesStep.decorative("https://www.news.cn/images/syicon/space.gif")).isTrue();
  }
}
