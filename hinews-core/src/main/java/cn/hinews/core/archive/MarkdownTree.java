package cn.hinews.core.archive;

import cn.hinews.core.archive.MarkdownLine.ListMark;
import cn.hinews.core.bulletin.HouseStyle;
import cn.hinews.core.text.ChineseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file read as a CommonMark tree (commonmark-java) and given back as the lines the
 * bulletin grammar reads: headings by level (ATX or setext), list items with their marker taken off
 * (an ordered item's number written out as {@code 1. }), bold and italic lines, links in any syntax
 * (autolinks, inline, reference, HTML anchors) with their targets, code blocks as text, and the
 * blank lines between source lines.
 */
final class MarkdownTree {
  private static final Pattern HREF =
      Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern URL_LIKE = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");

  /**
   * A leftover emphasis run that CommonMark's flanking rules left as text beside CJK punctuation.
   */
  private static final Pattern STRAY_STRONG = Pattern.compile("\\*\\*|__");

  /** A label in single asterisks that CommonMark did not read as emphasis: {@code *来源：*人民网}. */
  private static final Pattern STRAY_LABEL = Pattern.compile("^[*_]([^*_]{1,8}[:：])[*_]");

  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** The lines of a file's text. */
  List<MarkdownLine> read(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] raw = text.split("\\r\\n|\\r|\\n", -1);
    Collector out = new Collector(raw);
    block(parser.parse(text), out);
    return out.lines;
  }

  private static void block(Node node, Collector out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Paragraph || child instanceof Heading) {
        leaf(child, out);
      } else if (child instanceof ListBlock list) {
        list(list, out);
      } else if (child instanceof BlockQuote) {
        block(child, out);
      } else if (child instanceof HtmlBlock html) {
        literal(html, html.getLiteral(), true, out);
      } else if (child instanceof IndentedCodeBlock code) {
        literal(code, code.getLiteral(), false, out);
      } else if (child instanceof FencedCodeBlock code) {
        literal(code, code.getLiteral(), false, out);
      }
      // thematic breaks and link reference definitions carry no text
    }
  }

  private static void list(ListBlock list, Collector out) {
    int n =
        list instanceof OrderedList ol && ol.getMarkerStartNumber() != null
            ? ol.getMarkerStartNumber()
            : 1;
    String delimiter =
        list instanceof OrderedList ol && ol.getMarkerDelimiter() != null
            ? ol.getMarkerDelimiter()
            : ".";
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item instanceof ListItem) {
        out.pendingMark =
            list instanceof OrderedList
                ? new Pending(ListMark.ORDERED, n + delimiter + " ")
                : new Pending(ListMark.BULLET, "");
        block(item, out);
        out.pendingMark = null;
        n++;
      }
    }
  }

  /** What a list item's first line gets. */
  private record Pending(ListMark mark, String prefix) {}

  private static void literal(Node node, String literal, boolean html, Collector out) {
    int first = firstLine(node);
    String[] parts = literal.split("\\n", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (html) {
        if (part.strip().startsWith("<!--")) {
          // our own marker stays; a converter's comments (page breaks, page numbers) go
          if (part.strip().equals(HouseStyle.MARKDOWN_MARKER)) {
            out.add(first + i, new LineBuilder(first + i).appendRaw(part.strip()));
          }
          continue;
        }
        LineBuilder b = new LineBuilder(first + i);
        Matcher href = HREF.matcher(part);
        while (href.find()) {
          b.links.add(href.group(1));
        }
        b.append(TAG.matcher(part).replaceAll(""), 0, 0);
        out.add(first + i, b);
      } else {
        out.add(first + i, new LineBuilder(first + i).append(part, 0, 0));
      }
    }
  }

  private static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
  }

  /** A paragraph or heading: its inline content, one line per source line. */
  private static void leaf(Node leaf, Collector out) {
    List<SourceSpan> spans = leaf.getSourceSpans();
    int heading = leaf instanceof Heading h ? h.getLevel() : 0;
    List<LineBuilder> lines = new ArrayList<>();
    int lineIndex = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    lines.add(new LineBuilder(lineIndex));
    inline(leaf, lines, spans, 0, 0);
    for (LineBuilder b : lines) {
      b.heading = heading;
      out.add(b.lineIndex, b);
    }
  }

  private static void inline(
      Node parent, List<LineBuilder> lines, List<SourceSpan> spans, int strong, int emph) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      LineBuilder current = lines.get(lines.size() - 1);
      if (n instanceof Text t) {
        current.append(t.getLiteral(), strong, emph);
      } else if (n instanceof Code c) {
        current.append(c.getLiteral(), strong, emph);
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        int next =
            lines.size() < spans.size()
                ? spans.get(lines.size()).getLineIndex()
                : current.lineIndex + 1;
        lines.add(new LineBuilder(next));
      } else if (n instanceof StrongEmphasis) {
        inline(n, lines, spans, strong + 1, emph);
      } else if (n instanceof Emphasis) {
        inline(n, lines, spans, strong, emph + 1);
      } else if (n instanceof Link link) {
        link(link, current, strong, emph);
      } else if (n instanceof HtmlInline html) {
        Matcher href = HREF.matcher(html.getLiteral());
        if (href.find()) {
          current.links.add(href.group(1));
        } else if (BR.matcher(html.getLiteral()).matches()) {
          lines.add(new LineBuilder(current.lineIndex)); // <br>: a line break
        }
      } else if (!(n instanceof Image)) {
        inline(n, lines, spans, strong, emph);
      }
    }
  }

  /** A link: its target kept; a link whose text is an address is written as its target. */
  private static void link(Link link, LineBuilder line, int strong, int emph) {
    String destination = link.getDestination();
    line.links.add(destination);
    StringBuilder text = new StringBuilder();
    for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        text.append(t.getLiteral());
      } else if (n instanceof Code c) {
        text.append(c.getLiteral());
      }
    }
    String shown = text.toString().strip();
    if (shown.isEmpty() || URL_LIKE.matcher(shown.replace("\\", "")).matches()) {
      line.append(destination, strong, emph);
    } else {
      line.append(shown, strong, emph);
    }
  }

  /** One line as it is built from inline nodes. */
  private static final class LineBuilder {
    final int lineIndex;
    final StringBuilder text = new StringBuilder();
    final List<String> links = new ArrayList<>();
    int heading;
    int visible;
    int strongChars;
    int emphChars;

    LineBuilder(int lineIndex) {
      this.lineIndex = lineIndex;
    }

    LineBuilder append(String s, int strong, int emph) {
      text.append(s);
      int count =
          (int)
              s.codePoints()
                  .filter(c -> !Character.isWhitespace(c) && c != 0x3000 && c != 0xa0)
                  .count();
      visible += count;
      if (strong > 0) {
        strongChars += count;
      }
      if (emph > 0) {
        emphChars += count;
      }
      return this;
    }

    LineBuilder appendRaw(String s) {
      text.append(s);
      visible += s.length();
      return this;
    }
  }

  /** The lines read so far, with the blank source lines before each. */
  private static final class Collector {
    final String[] raw;
    final List<MarkdownLine> lines = new ArrayList<>();
    Pending pendingMark;
    int lastIndex = -1;

    Collector(String[] raw) {
      this.raw = raw;
    }

    void add(int index, LineBuilder b) {
      String cleaned =
          STRAY_STRONG.matcher(b.text.toString().replace('\u00a0', ' ')).replaceAll("");
      String text = ChineseText.normalize(STRAY_LABEL.matcher(cleaned).replaceFirst("$1"));
      boolean escaped =
          text.length() > 1 && text.charAt(0) == '\\' && Character.isDigit(text.charAt(1));
      if (escaped) {
        text = text.substring(1);
      }
      Pending mark = pendingMark;
      if (text.isEmpty() || text.equals("\\")) {
        return; // decoration only: a blank line
      }
      pendingMark = null;
      int blanks = 0;
      for (int i = lastIndex + 1; i < index && i < raw.length; i++) {
        if (raw[i].isBlank()) {
          blanks++;
        }
      }
      if (lastIndex < 0) {
        blanks = Math.max(blanks, index);
      }
      lastIndex = index;
      boolean bold = b.visible > 0 && b.strongChars == b.visible;
      boolean italic = !bold && b.visible > 0 && b.emphChars == b.visible;
      ListMark list = mark == null ? ListMark.NONE : mark.mark();
      String prefix = mark == null ? "" : mark.prefix();
      lines.add(
          new MarkdownLine(
              index + 1, prefix + text, b.heading, bold, italic, blanks, escaped, list, b.links));
    }
  }
}
