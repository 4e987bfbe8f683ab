package cn.hinews.core.archive;

import cn.hinews.core.domain.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of one item's 主要内容 into blocks: joins paragraphs that a page break cut in two,
 * and tells subheadings and image captions from paragraphs.
 *
 * <p>The rules, from the PDF conversions of the archive: a Markdown heading or a wholly bold line
 * is a subheading; an emphasised line is a caption (our own renderings write captions so), and so
 * is a short line that reads as one (a photo credit {@code （某某摄）}, {@code 供图}, {@code 某某致辞}); a
 * short line without sentence punctuation is a subheading unless it is a dateline or byline; a long
 * paragraph that ends without closing punctuation was cut by a page break and continues in the next
 * paragraph. Blank lines only separate paragraphs: how many there are says nothing.
 */
final class BodyReader {
  /** A paragraph at least this long that ends mid-sentence was cut by a page break. */
  static final int CUT_MIN_LENGTH = 40;

  /** Longest unmarked line taken for a subheading. */
  static final int SUBHEADING_MAX_LENGTH = 30;

  /** Longest line taken for a caption. */
  static final int CAPTION_MAX_LENGTH = 60;

  private static final String CLOSERS = "。！？!?…；;：:”’」』）)】]》";
  private static final Pattern BYLINE =
      Pattern.compile("^(新华社|本报|记者|通讯员|文/|图/|文｜|作者|来源|责任编辑|编辑|原标题|题：|（记者|\\(记者)|记者|电$|讯$");

  /** What image captions say: a photo credit, or who speaks or chairs in the picture. */
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?:[（(][^（）()]{0,30}(?:摄|供图|图|摄影|截图)[）)]。?$|供图。?$|^图为|^图[:：]"
              + "|^[\\p{IsHan}·]{2,8}(?:致辞|主持|讲话|发言|作报告|演讲)$)");

  private BodyReader() {}

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
    for (MarkdownLine line : lines) {
      if (Lines.isFurniture(line, runningHeads)) {
        continue;
      }
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
        && prev.text().length() >= CUT_MIN_LENGTH
        && !endsSentence(prev.text())
        && !isCaption(next.text());
  }

  private static String joinText(String a, String b) {
    return Lines.joinText(a, b);
  }

  static boolean isCaption(String text) {
    return text.length() <= CAPTION_MAX_LENGTH && CAPTION.matcher(text).find();
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
    if (isCaption(text)) {
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
