package cn.hinews.core.archive;

import cn.hinews.core.domain.Block;
import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of one item's 主要内容 into blocks: joins paragraphs that a page break cut in two,
 * and tells subheadings and image captions from paragraphs.
 *
 * <p>The rules, from the PDF conversions of the archive: a Markdown heading or a wholly bold line
 * is a subheading; an emphasised line is a caption (our own renderings write captions so); a short
 * line after two or more blank lines (where an image was) is a caption; a short line without
 * sentence punctuation is a subheading unless it is a dateline or byline; a long paragraph that
 * ends without closing punctuation was cut by a page break and continues in the next paragraph.
 */
final class BodyReader {
  /** A paragraph at least this long that ends mid-sentence was cut by a page break. */
  static final int CUT_MIN_LENGTH = 40;

  /** Longest unmarked line taken for a subheading. */
  static final int SUBHEADING_MAX_LENGTH = 30;

  /** Longest line after an image gap taken for a caption. */
  static final int CAPTION_MAX_LENGTH = 60;

  private static final String CLOSERS = "。！？!?…；;：:”’」』）)】]》";
  private static final Pattern BYLINE =
      Pattern.compile("^(新华社|本报|记者|通讯员|文/|图/|文｜|作者|来源|责任编辑|编辑|原标题|题：|（记者|\\(记者)|记者|电$|讯$");

  private BodyReader() {}

  /** Page numbers and running heads that a PDF conversion left between paragraphs. */
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "^(?:[-—–－\\s]*\\d{1,3}[-—–－\\s]*|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?)$");

  /**
   * Reads an item body.
   *
   * @param lines the body's lines
   * @param runningHeads lines a PDF repeats on each page (the series title): dropped
   * @param explicit the structure is marked (our renderings, Word files): an unmarked line is a
   *     paragraph and no paragraph was cut, so none of the conversion heuristics apply
   */
  static List<Block> read(List<MarkdownLine> lines, Set<String> runningHeads, boolean explicit) {
    if (explicit) {
      List<Block> blocks = new ArrayList<>(lines.size());
      for (Para p : join(lines, true)) {
        blocks.add(classifyExplicit(p));
      }
      return blocks;
    }
    List<MarkdownLine> kept = new ArrayList<>(lines.size());
    boolean afterFurniture = false;
    for (MarkdownLine line : lines) {
      if (PAGE_FURNITURE.matcher(line.text()).matches()
          || runningHeads.contains(ChineseText.compareKey(line.text()))) {
        afterFurniture = true;
        continue;
      }
      if (afterFurniture && line.blanksBefore() > 1) {
        // the gap around a page number is a page break, not an image
        line =
            new MarkdownLine(line.no(), line.text(), line.heading(), line.bold(), line.italic(), 1);
      }
      afterFurniture = false;
      kept.add(line);
    }
    List<Para> paras = join(kept, false);
    List<Block> blocks = new ArrayList<>(paras.size());
    for (Para p : paras) {
      blocks.add(classify(p));
    }
    return blocks;
  }

  /** A paragraph after joining, with what its first line said about it. */
  private record Para(String text, MarkdownLine first) {}

  private static List<Para> join(List<MarkdownLine> lines, boolean explicit) {
    List<Para> out = new ArrayList<>();
    for (MarkdownLine line : lines) {
      if (!out.isEmpty() && continues(out.get(out.size() - 1), line, explicit)) {
        Para prev = out.remove(out.size() - 1);
        out.add(new Para(joinText(prev.text(), line.text()), prev.first()));
      } else {
        out.add(new Para(line.text(), line));
      }
    }
    return out;
  }

  private static boolean continues(Para prev, MarkdownLine next, boolean explicit) {
    MarkdownLine first = prev.first();
    if (first.marked() || first.italic() || next.marked() || next.italic()) {
      return false;
    }
    if (next.blanksBefore() == 0) {
      return true; // a soft line break inside one Markdown paragraph
    }
    return !explicit
        && next.blanksBefore() == 1
        && prev.text().length() >= CUT_MIN_LENGTH
        && !endsSentence(prev.text());
  }

  private static String joinText(String a, String b) {
    boolean latin =
        !a.isEmpty() && !b.isEmpty() && isLatin(a.charAt(a.length() - 1)) && isLatin(b.charAt(0));
    return latin ? a + " " + b : a + b;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean endsSentence(String text) {
    return !text.isEmpty() && CLOSERS.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static Block classifyExplicit(Para p) {
    MarkdownLine first = p.first();
    if (first.italic()) {
      return Block.caption(p.text());
    }
    if (first.heading() > 0 || (first.bold() && p.text().length() <= 80)) {
      return Block.subheading(p.text());
    }
    return Block.paragraph(p.text());
  }

  private static Block classify(Para p) {
    MarkdownLine first = p.first();
    String text = p.text();
    if (first.italic()) {
      return Block.caption(text);
    }
    if (first.heading() > 0 || first.bold()) {
      return text.length() <= 80 && !text.contains("。")
          ? Block.subheading(text)
          : Block.paragraph(text);
    }
    if (first.blanksBefore() >= 2 && text.length() <= CAPTION_MAX_LENGTH) {
      return Block.caption(text);
    }
    if (text.length() <= SUBHEADING_MAX_LENGTH
        && !endsSentence(text)
        && !text.contains("。")
        && !BYLINE.matcher(text).find()) {
      return Block.subheading(text);
    }
    return Block.paragraph(text);
  }
}
