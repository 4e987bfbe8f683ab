package cn.hinews.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://h.cn/list/index.html | a%20b.html | http://h.cn/list/a%20b.html",
        "http://h.cn/list/index.html | /s?q=%E5%81%A5 | http://h.cn/s?q=%E5%81%A5",
        "http://h.cn/list/index.html | ?page=2 | http://h.cn/list/index.html?page=2",
        "http://h.cn/a/b/index.html | ../../../x.html | http://h.cn/x.html",
        "http://h.cn/a/b/index.html | ../c/1.html | http://h.cn/a/c/1.html",
        "http://h.cn/list/ | 健康/1.html | http://h.cn/list/%E5%81%A5%E5%BA%B7/1.html",
        "http://h.cn/list/ | //cdn.h.cn/x.html#top | http://cdn.h.cn/x.html",
        "https://h.cn/list/ | https://other.cn/a b.html | https://other.cn/a%20b.html",
        "http://h.cn/list/ | news\\1.html | http://h.cn/list/news/1.html",
      })
  void resolvesAsABrowserWould(String base, String href, String expected) {
    assertThat(Links.resolve(base, href)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"javascript:void(0)", "mailto:a@h.cn", "#top", "ftp://h.cn/x", "''"})
  void notWebLinks(String href) {
    assertThat(Links.resolve("http://h.cn/", href)).isEmpty();
  }
}
