package cn.hinews.core.discover;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.domain.EntryPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile sitemaps and feeds (issue 18): a gzip bomb, too many URLs, external entities. */
class SitemapAttackTest {
  private final Discoverers discoverers = Discoverers.standard();

  private Discovered run(String type, String url, byte[] body, String contentType) {
    return discoverers.discover(
        EntryPoint.of(type, url),
        new EntryPage(url, body, Optional.of(contentType), Optional.empty()));
  }

  /** One gzip member of {@code copies} times {@code text}. */
  private static byte[] gzip(String text, int copies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (int i = 0; i < copies; i++) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }

  /** Bytes allocated by this thread so far (HotSpot's count). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  @Test
  void aGzipBombStopsAtTheLimitWithBoundedMemory() throws IOException {
    // 64 MiB of <url> elements per gzip member, sixteen members: 1 GiB of XML from ~1 MiB
    String url = "<url><loc>http://www.example.cn/a.html</loc></url>";
    byte[] head =
        gzip(
            "<?xml version=\"1.0\"?><urlset"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
            1);
    byte[] member = gzip(url.repeat(1024), (64 << 20) / (url.length() * 1024));
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    bomb.write(head);
    for (int i = 0; i < 16; i++) {
      bomb.write(member);
    }
    bomb.write(gzip("</urlset>", 1));
    assertThat(bomb.size()).isLessThan(8 << 20);
    long before = allocated();
    Discovered d =
        run(
            "sitemap",
            "http://www.example.cn/sitemap.xml.gz",
            bomb.toByteArray(),
            "application/x-gzip");
    long used = allocated() - before;
    assertThat(d.articles()).isEmpty();
    assertThat(d.problems()).singleElement().asString().contains("decompresses to more than");
    // the decompressed limit is 8 MiB; its buffer doubling allocates about twice that
    assertThat(used).as("bytes allocated").isLessThan(64L << 20);
  }

  @Test
  void aSitemapGivesAtMostFiftyThousandUrls() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < 60_000; i++) {
      xml.append("<url><loc>http://www.example.cn/a/").append(i).append(".html</loc></url>");
    }
    xml.append("</urlset>");
    Discovered d =
        run(
            "sitemap",
            "http://www.example.cn/sitemap.xml",
            xml.toString().getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(d.articles()).hasSize(Discoverers.SITEMAP_MAX_URLS);
    assertThat(d.problems()).singleElement().asString().contains("only the first 50000");
  }

  private static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

  @Test
  void aSitemapWithAnExternalEntityReadsNoFile() {
    String xml =
        "<?xml version=\"1.0\"?>"
            + XXE
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>http://www.example.cn/&xxe;</loc></url></urlset>";
    Discovered d =
        run(
            "sitemap",
            "http://www.example.cn/sitemap.xml",
            xml.getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(String.join(" ", d.articles()) + d.problems()).doesNotContain("root:");
  }

  @Test
  void aFeedWithAnExternalEntityReadsNoFile() {
    String xml =
        "<?xml version=\"1.0\"?>"
            + XXE
            + "<rss version=\"2.0\"><channel><title>&xxe;</title>"
            + "<item><title>&xxe;</title><link>http://www.example.cn/&xxe;</link></item>"
            + "</channel></rss>";
    Discovered d =
        run(
            "feed",
            "http://www.example.cn/rss.xml",
            xml.getBytes(StandardCharsets.UTF_8),
            "text/xml");
    assertThat(String.join(" ", d.articles()) + d.problems()).doesNotContain("root:");
  }
}
