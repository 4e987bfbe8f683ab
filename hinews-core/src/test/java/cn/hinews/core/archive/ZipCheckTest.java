package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipCheckTest {
  private static byte[] zip(String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void aRealWordDocumentPasses() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/archive/word/monthly-554-ol.docx")) {
      assertThat(ZipCheck.refusal(in.readAllBytes())).isEmpty();
    }
  }

  @Test
  void aZipBombIsRefusedWhileItInflates() throws Exception {
    byte[] bomb = zip("word/document.xml", new byte[80 * 1024 * 1024]); // zeros: ~80 KB zipped
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThat(ZipCheck.refusal(bomb)).hasValueSatisfying(m -> assertThat(m).contains("压缩炸弹"));
  }

  @Test
  void entriesWithPathsThatLeaveThePackageAreRefused() throws Exception {
    for (String name :
        new String[] {"../evil.sh", "word/../../evil", "/etc/passwd", "C:/x", "a\\b"}) {
      assertThat(ZipCheck.refusal(zip(name, new byte[] {1})))
          .as(name)
          .hasValueSatisfying(m -> assertThat(m).contains("路径"));
    }
  }

  @Test
  void notAZipIsRefused() {
    assertThat(ZipCheck.refusal("# 不是 zip".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isPresent();
  }
}
