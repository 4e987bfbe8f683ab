package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Block;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The normalised house format as Markdown (see {@code BULLETIN-FORMAT.md}). Body subheadings are
 * {@code ####} headings and image captions are emphasised lines, so that the importer reads the
 * rendering back into the same issue.
 */
final class MarkdownRenderer implements BulletinRenderer {
  /** Body text that Markdown (or our importer) would read as structure gets a backslash. */
  private static final Pattern NEEDS_ESCAPE = Pattern.compile("^(#|>|[-+*] |\\d+[.)．、]|\\*|_)");

  @Override
  public void render(BulletinView view, OutputStream out) throws IOException {
    out.write(toMarkdown(view).getBytes(StandardCharsets.UTF_8));
  }

  String toMarkdown(BulletinView view) {
    StringBuilder md = new StringBuilder(16_384);
    var series = view.series();
    var issue = view.issue();
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
      para(md, "（" + e.outlet() + "）");
    }
    para(md, "## " + HouseStyle.CONTENT_HEADING);
    n = 0;
    for (BulletinEntry e : view.entries()) {
      n++;
      para(md, "### " + n + ". 标题：" + e.title());
      para(md, HouseStyle.outletLine(e.outlet()));
      para(md, "链接：<" + e.url() + ">");
      para(md, "主要内容：");
      para(md, escape(e.title()));
      para(
          md,
          e.date().map(d -> HouseStyle.isoDate(d) + " ").orElse("")
              + HouseStyle.outletLine(e.outlet()));
      for (Block block : e.body()) {
        switch (block.kind()) {
          case PARAGRAPH -> para(md, escape(block.text()));
          case SUBHEADING -> para(md, "#### " + block.text());
          case IMAGE_CAPTION ->
              para(md, "*" + block.text().replace("\\", "\\\\").replace("*", "\\*") + "*");
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

  static String escape(String text) {
    String s = text.replace("\\", "\\\\");
    return NEEDS_ESCAPE.matcher(s).find() ? "\\" + s : s;
  }
}
