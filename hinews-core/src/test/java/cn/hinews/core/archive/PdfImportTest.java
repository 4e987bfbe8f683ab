package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF bulletins, ours ({@code PdfRenderer}: openhtmltopdf) and LibreOffice's (from its Word
 * documents, see {@code archive/pdf/README.md}), import to the same issue as the seed's Markdown:
 * reading order, paragraphs from the layout, page-break joins, page numbers dropped, links from the
 * link annotations.
 */
class PdfImportTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  static List<String> seeds() {
    return SeedFixtures.NAMES;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ourPdfIsTheSeedsIssue(String seed) throws Exception {
    ParsedBulletin original = parser.parse(SeedFixtures.seed(seed));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Renderers.standard()
        .forFormat("pdf")
        .orElseThrow()
        .render(BulletinImporter.preview(original), pdf);
    List<MarkdownLine> lines = PdfBulletinReader.read(new ByteArrayInputStream(pdf.toByteArray()));
    assertSameIssue(lines, original);
  }

  @ParameterizedTest
  @ValueSource(strings = {"monthly-554-ol", "weekly-656-table"})
  void aPdfLibreOfficeWroteIsTheSeedsIssue(String fixture) throws Exception {
    String seed = fixture.substring(0, fixture.lastIndexOf('-'));
    List<MarkdownLine> lines;
    try (InputStream in = getClass().getResourceAsStream("/archive/pdf/" + fixture + ".pdf")) {
      assertThat(in).as(fixture).isNotNull();
      lines = PdfBulletinReader.read(in);
    }
    assertSameIssue(lines, parser.parse(SeedFixtures.seed(seed)));
  }

  private void assertSameIssue(List<MarkdownLine> lines, ParsedBulletin original) throws Exception {
    assertThat(lines).anyMatch(l -> !l.links().isEmpty());
    ParsedBulletin fromPdf = parser.parse(lines, false);
    assertThat(Renderers.markdown(BulletinImporter.preview(fromPdf)))
        .isEqualTo(Renderers.markdown(BulletinImporter.preview(original)));
  }
}
