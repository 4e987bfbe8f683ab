package cn.hinews.core.bulletin;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The CJK fonts the PDF embeds (as subsets). PDFBox can subset only TrueType outlines, so the
 * CFF-based Noto CJK collections do not qualify; the Debian packages {@code fonts-arphic-uming} (a
 * Ming/Song serif) and {@code fonts-wqy-zenhei} (a Hei sans) do, as do Windows' SimSun and SimHei.
 */
final class PdfFonts {
  /** CSS family of the body text in the print HTML. */
  static final String SERIF = "hinews-serif";

  /** CSS family of the headings in the print HTML. */
  static final String SANS = "hinews-sans";

  /** CSS family of Latin text that reads badly in the CJK font's Latin glyphs (links). */
  static final String LATIN = "hinews-latin";

  /** A font in a file; {@code name} picks one face of a collection. */
  record FontFile(Path path, String name) {
    TrueTypeFont open(List<Closeable> toClose) throws IOException {
      if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        TrueTypeCollection ttc = new TrueTypeCollection(path.toFile());
        toClose.add(ttc);
        TrueTypeFont font = ttc.getFontByName(name);
        if (font == null) {
          throw new IOException("no face " + name + " in " + path);
        }
        return font;
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
      toClose.add(font);
      return font;
    }
  }

  static final List<FontFile> SERIF_CANDIDATES =
      List.of(
          new FontFile(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), "UMingCN"),
          new FontFile(Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"), ""),
          new FontFile(Path.of("C:/Windows/Fonts/simsun.ttc"), "SimSun"));

  static final List<FontFile> SANS_CANDIDATES =
      List.of(
          new FontFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"),
          new FontFile(
              Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei"),
          new FontFile(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), ""),
          new FontFile(Path.of("C:/Windows/Fonts/simhei.ttf"), ""));

  static final List<FontFile> LATIN_CANDIDATES =
      List.of(
          new FontFile(
              Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"), ""),
          new FontFile(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"), ""),
          new FontFile(Path.of("C:/Windows/Fonts/times.ttf"), ""));

  private final FontFile serif;
  private final FontFile sans;
  private final Optional<FontFile> latin;

  private PdfFonts(FontFile serif, FontFile sans, Optional<FontFile> latin) {
    this.serif = serif;
    this.sans = sans;
    this.latin = latin;
  }

  /** The first present font of each list; a missing one is a clear error, never tofu. */
  static PdfFonts locate(List<FontFile> serifs, List<FontFile> sanses, List<FontFile> latins) {
    Optional<FontFile> serif = first(serifs);
    Optional<FontFile> sans = first(sanses);
    if (serif.isEmpty() && sans.isEmpty()) {
      throw new BulletinException(
          "PDF needs a CJK TrueType font and none was found (looked for "
              + paths(serifs)
              + ", "
              + paths(sanses)
              + "); on Debian or Ubuntu: apt-get install fonts-arphic-uming fonts-wqy-zenhei");
    }
    // one family standing in for the other is better than no text
    return new PdfFonts(serif.orElseGet(sans::get), sans.orElseGet(serif::get), first(latins));
  }

  static PdfFonts locate() {
    return locate(SERIF_CANDIDATES, SANS_CANDIDATES, LATIN_CANDIDATES);
  }

  /** A Latin font for links, if one is installed (the CJK serif stands in otherwise). */
  Optional<FontFile> latin() {
    return latin;
  }

  FontFile serif() {
    return serif;
  }

  FontFile sans() {
    return sans;
  }

  private static Optional<FontFile> first(List<FontFile> candidates) {
    return candidates.stream().filter(f -> Files.isReadable(f.path())).findFirst();
  }

  private static String paths(List<FontFile> files) {
    List<String> out = new ArrayList<>();
    for (FontFile f : files) {
      out.add(f.path().toString());
    }
    return String.join(", ", out);
  }
}
