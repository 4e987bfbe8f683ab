package cn.hinews.core.extract;

import cn.hinews.core.domain.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the body's element(s) into our blocks: a block ends at every block element and at {@code
 * <br>}; headings and wholly bold short lines are subheadings; figure captions and short centred
 * lines under an image are image captions. Images are collected for the lead image.
 */
final class BlockWriter {
  private static final Pattern CAPTION_NAMES =
      Pattern.compile(
          "caption|pic_?text|pictext|img_?desc|imgtxt|img-title|pic-?title|photo-?desc|tpms|tu_?ms|picinfo",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_WORDS =
      Pattern.compile("（[^）]{0,20}摄）|\\([^)]{0,20}摄\\)|供图|图为|资料图|图片来源|摄影|图/");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u200b\\ufeff]+");

  /** What one pass produced. */
  record Written(List<Unit> units, List<String> images) {}

  /**
   * One block before filtering, with what its markup said about it; {@code cells} is how many table
   * cells it spans (a data table's row spans two or more).
   */
  record Unit(
      String text,
      BlockKind kind,
      boolean afterImage,
      boolean centred,
      double linkShare,
      int cells) {}

  private BlockWriter() {}

  static Written write(List<Element> roots) {
    Visitor v = new Visitor();
    for (Element root : roots) {
      NodeTraversor.traverse(v, root);
      v.flush();
    }
    return new Written(v.units, v.images);
  }

  private static final class Visitor implements NodeVisitor {
    final List<Unit> units = new ArrayList<>();
    final List<String> images = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int boldChars;
    private int depthBold;
    private int linkChars;
    private int depthLink;
    private int headingDepth;
    private int captionDepth;
    private int centredDepth;
    private boolean imageSinceText;
    private int cells;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        text.append(s);
        if (depthBold > 0) {
          boldChars += ContentFinder.visibleLength(s);
        }
        if (depthLink > 0) {
          linkChars += ContentFinder.visibleLength(s);
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "br" -> flush();
        case "img" -> {
          String src = e.hasAttr("data-src") ? e.absUrl("data-src") : e.absUrl("src");
          if (src.isEmpty()) {
            src = e.attr("src");
          }
          if (!src.isEmpty() && images.size() < 20) {
            images.add(src);
          }
          flush();
          imageSinceText = true;
        }
        case "strong", "b" -> depthBold++;
        case "a" -> depthLink++;
        default -> {}
      }
      if (tag.equals("td") || tag.equals("th")) {
        text.append(' '); // a table row is one line, its cells side by side
        cells++;
        return;
      }
      if (ContentFinder.BLOCK_TAGS.contains(tag)) {
        flush();
        if (ContentFinder.isHeading(e)) {
          headingDepth++;
        }
        if (tag.equals("figcaption")
            || CAPTION_NAMES.matcher(e.className() + " " + e.id()).find()) {
          captionDepth++;
        }
        if (centred(e)) {
          centredDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      if (tag.equals("strong") || tag.equals("b")) {
        depthBold--;
      }
      if (tag.equals("a")) {
        depthLink--;
      }
      if (tag.equals("td") || tag.equals("th")) {
        return;
      }
      if (ContentFinder.BLOCK_TAGS.contains(tag)) {
        flush();
        if (ContentFinder.isHeading(e)) {
          headingDepth--;
        }
        if (tag.equals("figcaption")
            || CAPTION_NAMES.matcher(e.className() + " " + e.id()).find()) {
          captionDepth--;
        }
        if (centred(e)) {
          centredDepth--;
        }
      }
    }

    void flush() {
      String s = WHITESPACE.matcher(text).replaceAll(" ").strip();
      int bold = boldChars;
      int links = linkChars;
      int spanned = cells;
      cells = 0;
      text.setLength(0);
      boldChars = 0;
      linkChars = 0;
      if (s.isEmpty()) {
        return;
      }
      int visible = ContentFinder.visibleLength(s);
      BlockKind kind = BlockKind.PARAGRAPH;
      if (captionDepth > 0) {
        kind = BlockKind.IMAGE_CAPTION;
      } else if (headingDepth > 0 && visible <= 80) {
        kind = BlockKind.SUBHEADING;
      } else if (bold >= visible * 0.9 && visible <= 40 && !s.contains("。")) {
        kind = BlockKind.SUBHEADING;
      } else if (imageSinceText
          && visible <= 80
          && (centredDepth > 0 || CAPTION_WORDS.matcher(s).find())) {
        kind = BlockKind.IMAGE_CAPTION;
      }
      units.add(
          new Unit(
              s,
              kind,
              imageSinceText,
              centredDepth > 0,
              visible == 0 ? 0 : (double) links / visible,
              spanned));
      imageSinceText = false;
    }

    private static boolean centred(Element e) {
      String style = e.attr("style");
      return e.attr("align").equalsIgnoreCase("center")
          || e.nameIs("center")
          || (!style.isEmpty() && style.replace(" ", "").contains("text-align:center"));
    }
  }
}
