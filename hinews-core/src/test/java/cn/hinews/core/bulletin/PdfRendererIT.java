package cn.hinews.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.archive.SeedFixtures;
import cn.hinews.core.domain.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PDF of each seed read back by poppler's pdftotext (a real, independent reader) and by PDFBox:
 * every title and body paragraph in reading order, fonts embedded as subsets, bookmarks and links.
 * The first two pages are written as PNG under {@code target/render/} to be looked at.
 */
class PdfRendererIT {
  static final Path OUT = Path.of("target", "render");

  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void pdftotextGivesBackEveryTitleAndParagraphInOrder(String name) throws Exception {
    BulletinView view = Seeds.view(name);
    byte[] pdf = Seeds.render("pdf", view);
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".pdf");
    Files.write(file, pdf);

    String text = run("pdftotext", "-enc", "UTF-8", file.toString(), "-");
    assertThat(text).doesNotContain("\uFFFD");
    String flat = squash(text.replaceAll("—\\s*\\d+\\s*—", ""));
    int at = expectInOrder(flat, squash(view.series().title()), 0);
    at = expectInOrder(flat, squash(HouseStyle.numberLine(view.issue().number())), at);
    for (BulletinEntry e : view.entries()) {
      at = expectInOrder(flat, squash(e.title()), at);
    }
    for (BulletinEntry e : view.entries()) {
      at = expectInOrder(flat, squash(e.title()), at);
      at = expectInOrder(flat, squash(HouseStyle.outletLine(e.outlet())), at);
      for (Block b : e.body()) {
        at = expectInOrder(flat, squash(b.text()), at);
      }
    }

    run(
        "pdftoppm",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "2",
        "-png",
        file.toString(),
        OUT.resolve(name).toString());
    try (var pngs = Files.list(OUT)) {
      assertThat(pngs.map(p -> p.getFileName().toString()))
          .filteredOn(f -> f.startsWith(name + "-") && f.endsWith(".png"))
          .hasSize(2);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fontsAreEmbeddedSubsetsWithBookmarksAndLinks(String name) throws Exception {
    BulletinView view = Seeds.view(name);
    try (PDDocument doc = Loader.loadPDF(Seeds.render("pdf", view))) {
      assertThat(doc.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      List<String> uris = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
        }
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
      assertThat(uris).containsAll(view.entries().stream().map(BulletinEntry::url).toList());

      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(top.getTitle());
        for (PDOutlineItem child : top.children()) {
          bookmarks.add(child.getTitle());
        }
      }
      assertThat(bookmarks).contains(HouseStyle.CATALOGUE_HEADING, HouseStyle.CONTENT_HEADING);
      for (int i = 0; i < view.entries().size(); i++) {
        assertThat(bookmarks).contains((i + 1) + ". " + view.entries().get(i).title());
      }
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo(view.series().title() + HouseStyle.numberLine(view.issue().number()));
    }
  }

  private static int expectInOrder(String haystack, String needle, int from) {
    int i = haystack.indexOf(needle, from);
    assertThat(i)
        .as("'%s' after position %d of the PDF's text", needle, from)
        .isGreaterThanOrEqualTo(0);
    return i + needle.length();
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " failed: "
              + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
