package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {
  @TempDir Path dir;

  @Test
  void noCjkFontIsAClearErrorNotTofu() {
    List<PdfFonts.FontFile> none = List.of(new PdfFonts.FontFile(dir.resolve("missing.ttc"), "X"));
    assertThatThrownBy(() -> PdfFonts.locate(none, none, none))
        .isInstanceOf(BulletinException.class)
        .hasMessageContaining("CJK TrueType font")
        .hasMessageContaining("missing.ttc")
        .hasMessageContaining("apt-get install fonts-arphic-uming fonts-wqy-zenhei");
  }

  @Test
  void oneFamilyStandsInForTheOther() throws Exception {
    Path serif = java.nio.file.Files.createFile(dir.resolve("serif.ttf"));
    List<PdfFonts.FontFile> none = List.of(new PdfFonts.FontFile(dir.resolve("missing.ttf"), ""));
    PdfFonts fonts = PdfFonts.locate(List.of(new PdfFonts.FontFile(serif, "")), none, none);
    assertThat(fonts.sans().path()).isEqualTo(serif);
    assertThat(fonts.latin()).isEmpty();
  }
}
