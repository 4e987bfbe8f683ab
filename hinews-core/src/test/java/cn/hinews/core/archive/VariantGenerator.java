package cn.hinews.core.archive;

import cn.hinews.core.archive.SeedLine.Role;
import cn.hinews.core.text.ChineseNumerals;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Writes a seed bulletin again with the decoration of other tools: each line keeps what it says and
 * changes how it is written, in the variant classes asked for (see {@link VariantClass}). Body text
 * is never changed, only wrapped; so every variant must import to the original's issue.
 */
final class VariantGenerator {
  private static final List<String> LABELS = List.of("标题", "来源", "链接", "主要内容", "本期导语");
  private static final String[] COLONS = {":", "：", ": ", "： ", " : ", " ："};
  private static final String[] PAGE_NUMBERS = {
    "- %d -", "%d", "— %d —", "第 %d 页", "第%d页 共12页", "%d / 12"
  };

  private final List<SeedLine> lines;
  private final String seriesTitle;
  private final String publisher;

  VariantGenerator(List<SeedLine> lines) {
    this.lines = List.copyOf(lines);
    this.seriesTitle = lines.get(0).bare();
    this.publisher =
        lines.stream().filter(l -> l.role() == Role.PUBLISHER).findFirst().orElseThrow().bare();
  }

  /** A variant of the seed in the given classes, each line touched with probability one half. */
  String variant(Set<VariantClass> classes, Random rnd) {
    Writer w = new Writer(EnumSet.copyOf(classes), rnd);
    boolean afterMasthead = false;
    for (SeedLine line : lines) {
      if (afterMasthead && w.on(VariantClass.PAGE_FURNITURE) && rnd.nextInt(4) == 0) {
        w.furniture(seriesTitle, publisher);
      }
      w.line(line);
      afterMasthead = afterMasthead || line.role() == Role.DATE;
    }
    return w.finish();
  }

  /** Builds one variant. */
  private static final class Writer {
    private final Set<VariantClass> classes;
    private final Random rnd;
    private final StringBuilder out = new StringBuilder();
    private final List<String> references = new ArrayList<>();
    private String itemMarker = "";

    Writer(Set<VariantClass> classes, Random rnd) {
      this.classes = classes;
      this.rnd = rnd;
    }

    boolean on(VariantClass c) {
      return classes.contains(c) && rnd.nextBoolean();
    }

    void chunk(String text, int gap) {
      int blanks = Math.max(1, gap) + (on(VariantClass.BLANK_LINES) ? 1 + rnd.nextInt(3) : 0);
      out.append("\n".repeat(out.length() == 0 ? 0 : blanks + 1));
      if (out.length() == 0 && classes.contains(VariantClass.BLANK_LINES)) {
        out.append("\n".repeat(rnd.nextInt(3)));
      }
      out.append(text);
    }

    void furniture(String seriesTitle, String publisher) {
      int page = 2 + rnd.nextInt(11);
      String number = String.format(java.util.Locale.ROOT, pick(PAGE_NUMBERS), page);
      switch (rnd.nextInt(4)) {
        case 0 -> chunk(number, 1);
        case 1 -> chunk(seriesTitle, 1);
        case 2 -> {
          chunk(number, 1);
          chunk(rnd.nextBoolean() ? "**" + seriesTitle + "**" : seriesTitle, 1);
        }
        default -> {
          chunk(publisher, 1);
          chunk(number, 1);
        }
      }
    }

    String finish() {
      if (!references.isEmpty()) {
        chunk(String.join("\n", references), 1);
      }
      return out.append('\n').toString();
    }

    void line(SeedLine line) {
      switch (line.role()) {
        case CAT_ENTRY, ITEM_HEAD -> numbered(line);
        case OUTLET -> labelled(line, "来源", afterLabel(line.bare()));
        case LINK_LABEL -> link(line);
        case LINK_URL -> emit(line, linkText(SeedLine.url(line.raw()).orElseThrow()), true);
        case CONTENT_LABEL -> labelled(line, "主要内容", afterLabel(line.bare()));
        case LEAD_LABEL -> labelled(line, "本期导语", afterLabel(line.bare()));
        case NUMBER, CAT_OUTLET -> emit(line, parens(line.bare()), true);
        case BODY_SUB -> subheading(line);
        case BODY_CAPTION, BODY_TEXT, LEAD -> emit(line, line.raw().strip(), false);
        default -> emit(line, line.bare(), true);
      }
    }

    private static String afterLabel(String bare) {
      return bare.replaceFirst("^(?:来源|链接|主要内容|本期导语)\\s*[:：]?\\s*", "");
    }

    private void numbered(SeedLine line) {
      Matcher m = SeedLine.numbered(line.bare()).orElseThrow();
      int n = Integer.parseInt(m.group(1));
      String rest = m.group(2);
      String marker = n + ". ";
      if (on(VariantClass.LIST_MARKERS)) {
        marker = marker(n);
      }
      if (line.role() == Role.ITEM_HEAD) {
        itemMarker = marker.startsWith("- ") || marker.startsWith("* ") ? marker : "";
        Matcher label = java.util.regex.Pattern.compile("^标题\\s*[:：]\\s*(.*)$").matcher(rest);
        String title = label.matches() ? label.group(1) : rest;
        boolean written = label.matches();
        if (on(VariantClass.LABEL_LAYOUT)) {
          written = !written;
        }
        if (written && on(VariantClass.LABEL_LAYOUT)) {
          emit(line, marker + "标题" + colon(), true);
          chunk(title, 1);
          return;
        }
        rest = written ? "标题" + colon() + title : title;
      }
      emit(line, marker + rest, true);
    }

    private String marker(int n) {
      return switch (rnd.nextInt(12)) {
        case 0 -> "- ";
        case 1 -> "* ";
        case 2 -> "+ ";
        case 3 -> n + "、";
        case 4 -> n + ") ";
        case 5 -> n + "）";
        case 6 -> "（" + n + "）";
        case 7 -> "(" + n + ") ";
        case 8 -> ChineseNumerals.digitByDigit(n) + "、";
        case 9 -> n + ".";
        case 10 -> "• ";
        default -> n + ". ";
      };
    }

    private String colon() {
      return on(VariantClass.WIDTHS) ? pick(COLONS) : "：";
    }

    private String parens(String bare) {
      if (!on(VariantClass.WIDTHS)) {
        return bare;
      }
      String inner = bare.replaceAll("^[(（]\\s*|\\s*[)）]$", "");
      return rnd.nextBoolean() ? "(" + inner + ")" : "（ " + inner + " ）";
    }

    /** A label line: its value inline or on the next line, bulleted like its item if asked. */
    private void labelled(SeedLine line, String label, String value) {
      String bullet = !itemMarker.isEmpty() && on(VariantClass.LIST_MARKERS) ? itemMarker : "";
      String head = label + colon();
      if (on(VariantClass.EMPHASIS)) {
        head = rnd.nextBoolean() ? "**" + head.strip() + "**" : "*" + head.strip() + "*";
        head = head + (rnd.nextBoolean() ? " " : "");
      }
      if (!value.isEmpty() && on(VariantClass.LABEL_LAYOUT)) {
        emit(line, bullet + head, !head.contains("*"));
        chunk(value, 1);
        return;
      }
      emit(line, bullet + head + value, !head.contains("*"));
    }

    private void link(SeedLine line) {
      String value = afterLabel(line.bare());
      java.util.Optional<String> url = SeedLine.url(line.raw());
      labelled(line, "链接", url.map(this::linkText).orElse(value));
    }

    /** A link in one of Markdown's syntaxes. */
    private String linkText(String url) {
      if (!classes.contains(VariantClass.LINKS) || !rnd.nextBoolean()) {
        return "<" + url + ">";
      }
      String escaped = url.replace("_", "\\_");
      return switch (rnd.nextInt(8)) {
        case 0 -> "[" + escaped + "](" + url + ")";
        case 1 -> "[" + url + "](<" + url + ">)";
        case 2 -> url;
        case 3 -> "[原文链接](" + url + ")";
        case 4 -> {
          references.add("[" + (references.size() + 1) + "]: " + url);
          yield "[" + escaped + "][" + references.size() + "]";
        }
        case 5 -> "<a href=\"" + url + "\">" + url + "</a>";
        case 6 -> "[" + escaped + "](" + url + " \"原文\")";
        default -> "<" + url + ">";
      };
    }

    private void subheading(SeedLine line) {
      if (on(VariantClass.HEADINGS)) {
        chunk("#".repeat(1 + rnd.nextInt(6)) + " " + line.bare(), line.blanksBefore());
      } else if (on(VariantClass.EMPHASIS)) {
        chunk("**" + line.bare() + "**", line.blanksBefore());
      } else {
        chunk(line.raw().strip(), line.blanksBefore());
      }
    }

    /**
     * Writes a line: a structural one perhaps emphasised and made a heading, any plain one perhaps
     * wrapped.
     */
    private void emit(SeedLine line, String text, boolean decorable) {
      String s = text;
      boolean heading = false;
      if (decorable && line.role().structural()) {
        boolean listed = s.matches("^(?:[-*+•] |\\d+[.)] )[\\s\\S]*");
        if (!listed && !s.contains("*") && on(VariantClass.EMPHASIS)) {
          String mark =
              pick(
                  s.contains("_") ? new String[] {"**", "*"} : new String[] {"**", "__", "*", "_"});
          s = mark + s.strip() + mark;
        }
        if (on(VariantClass.HEADINGS)) {
          heading = true;
          int kind = rnd.nextInt(listed ? 6 : 8);
          s = kind < 6 ? "#".repeat(kind + 1) + " " + s : s + "\n" + (kind == 6 ? "===" : "---");
        }
      }
      if (!heading && !s.startsWith("#") && on(VariantClass.LINE_WRAPS)) {
        s = wrap(s);
      }
      chunk(s, line.blanksBefore());
    }

    /**
     * The text with soft line breaks between Chinese characters, never before a label or marker.
     */
    private String wrap(String s) {
      StringBuilder b = new StringBuilder(s.length() + 8);
      for (int i = 0; i < s.length(); i++) {
        if (i > 0 && rnd.nextInt(12) == 0 && wrappable(s, i)) {
          b.append('\n');
        }
        b.append(s.charAt(i));
      }
      return b.toString();
    }

    /**
     * Whether a wrap may go before character {@code i}: between two Chinese characters (a wrap
     * beside a Latin letter or digit cannot be told from a space), not inside a label word (labels
     * start lines in every layout), and not so that the next line starts with one.
     */
    private static boolean wrappable(String s, int i) {
      String rest = s.substring(i);
      String hanBefore =
          s.substring(0, i)
              .codePoints()
              .filter(c -> isHan((char) c))
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
              .toString();
      return isHan(s.charAt(i - 1))
          && isHan(s.charAt(i))
          && LABELS.stream().noneMatch(l -> rest.startsWith(l) || l.startsWith(hanBefore))
          && !s.substring(0, i).contains("](");
    }

    private static boolean isHan(char c) {
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private String pick(String[] options) {
      return options[rnd.nextInt(options.length)];
    }
  }
}
