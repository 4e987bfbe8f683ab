package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.MarkdownText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The normalised house format as Markdown (see {@code BULLETIN-FORMAT.md}). Body subheadings are
 * {@code ####} headings and image captions are emphasised lines, so that the importer reads the
 * rendering back into the same issue.
 */
final class MarkdownRenderer implements BulletinRenderer {

  @Override
  public void render(BulletinView view, OutputStream out) throws IOException {
    out.write(toMarkdown(view).getBytes(StandardCharsets.UTF_8));
  }

  String toMarkdown(BulletinView view) {
    StringBuilder md = new StringBuilder(16_384);
    var series = view.series();
    var issue = view.issue();
    para(md, HouseStyle.MARKDOWN_MARKER);
    para(md, "# " + series.title());
    para(md, HouseStyle.numberLine(issue.number()));
    para(md, series.publisher());
    para(md, HouseStyle.chineseDate(issue.issueDate()));
    para(md, HouseStyle.LEAD_LABEL);
    para(md, HouseStyle.lead(series, issue.period(), view.entries().size()));
    para(md, "## " + HouseStyle.CATALOGUE_HEADING);
    int n = 0;
    for (BulletinEntry e : view.entries()) {
      n++;
      para(md, n + ". " + e.title());
      para(md, HouseStyle.catalogueOutlet(e.outlet()));
    }
    para(md, "## " + HouseStyle.CONTENT_HEADING);
    n = 0;
    for (BulletinEntry e : view.entries()) {
      n++;
      para(md, "### " + HouseStyle.itemHeading(n, e.title()));
      para(md, HouseStyle.outletLine(e.outlet()));
      para(md, HouseStyle.LINK_LABEL + "<" + e.url() + ">");
      para(md, HouseStyle.CONTENT_LABEL);
      para(md, MarkdownText.escape(e.title()));
      para(md, HouseStyle.dateLine(e));
      for (Block block : e.body()) {
        switch (block.kind()) {
          case PARAGRAPH -> para(md, MarkdownText.escape(block.text()));
          case SUBHEADING -> para(md, "#### " + block.text());
          case IMAGE_CAPTION -> para(md, MarkdownText.emphasis(block.text()));
        }
      }
    }
    // one trailing newline, not two
    md.setLength(md.length() - 1);
    return md.toString();
  }

  private static void para(StringBuilder md, String line) {
    md.append(line).append("\n\n");
  }
}
