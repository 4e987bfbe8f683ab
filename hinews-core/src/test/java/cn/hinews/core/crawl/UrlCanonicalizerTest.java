package cn.hinews.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {
  @ParameterizedTest
  @CsvSource({
    "HTTP://WWW.News.CN:80/a/c.html#top, http://www.news.cn/a/c.html",
    "https://health.people.com.cn:443, https://health.people.com.cn/",
    "http://a.cn/x?utm_source=wx&id=3&spm=1.2&utm_medium=m, http://a.cn/x?id=3",
    "http://a.cn/x?from=timeline&isappinstalled=0, http://a.cn/x",
    "http://a.cn:8080/x, http://a.cn:8080/x"
  })
  void oneSpellingPerArticle(String in, String out) {
    assertThat(UrlCanonicalizer.canonical(in)).contains(out);
  }

  @ParameterizedTest
  @CsvSource({
    "../b/c.html, http://a.cn/x/b/c.html",
    "/root.html, http://a.cn/root.html",
    "d.html?x=1#f, http://a.cn/x/y/d.html?x=1"
  })
  void relativeLinksResolveAgainstThePage(String link, String out) {
    assertThat(UrlCanonicalizer.canonical(link, Optional.of("http://a.cn/x/y/page.html")))
        .contains(out);
  }

  @ParameterizedTest
  @CsvSource({"javascript:void(0)", "mailto:a@b.cn", "ftp://a.cn/x", "'   '", "http://"})
  void notWebPages(String in) {
    assertThat(UrlCanonicalizer.canonical(in)).isEmpty();
  }
}
