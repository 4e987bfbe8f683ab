package cn.hinews.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.config.ConfigLoader;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word documents that LibreOffice wrote (see {@code archive/word/README.md}): automatic numbering,
 * a catalogue in a table, a masthead in a table, soft line breaks, hyperlinks. Each imports to the
 * same issue as the seed's Markdown.
 */
class DocxFixturesTest {
  private final MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());

  @ParameterizedTest
  @ValueSource(
      strings = {"monthly-554-ol", "monthly-554-table", "weekly-656-ol", "weekly-656-table"})
  void aDocumentLibreOfficeWroteIsTheSeedsIssue(String fixture) throws Exception {
    String seed = fixture.substring(0, fixture.lastIndexOf('-'));
    List<MarkdownLine> lines;
    try (InputStream in = getClass().getResourceAsStream("/archive/word/" + fixture + ".docx")) {
      assertThat(in).as(fixture).isNotNull();
      lines = DocxBulletinReader.read(in);
    }
    // the numbers are LibreOffice's automatic numbering: not in the text
    assertThat(lines).anyMatch(l -> l.list() == MarkdownLine.ListMark.ORDERED);
    ParsedBulletin fromWord = parser.parse(lines, true);
    ParsedBulletin fromMarkdown = parser.parse(SeedFixtures.seed(seed));
    assertThat(Renderers.markdown(BulletinImporter.preview(fromWord)))
        .isEqualTo(Renderers.markdown(BulletinImporter.preview(fromMarkdown)));
  }
}
