package cn.hinews.core.archive;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Word's automatic numbering, counted as Word counts it: the number of a list paragraph is not in
 * its text but follows from its list ({@code w:numPr} on the paragraph or its style), the level's
 * start value (or the list's start override) and the paragraphs of the same list before it.
 */
final class WordNumbering {
  /** What a list paragraph shows in front of its text. */
  sealed interface Label permits Numbered, Bullet {}

  /**
   * A numbered paragraph's label.
   *
   * @param value its number
   * @param shown the label as Word shows it: the level's text ({@code %1.}, {@code （%1）}) with the
   *     number in the level's format (1, 一, ①, a, i …)
   */
  record Numbered(int value, String shown) implements Label {}

  record Bullet() implements Label {}

  private final XWPFDocument doc;
  private final Map<ListLevel, Integer> counters = new HashMap<>();

  /** One level of one list. */
  private record ListLevel(BigInteger numId, int level) {}

  WordNumbering(XWPFDocument doc) {
    this.doc = doc;
  }

  /** The label of the next paragraph, counting it; empty for a paragraph outside lists. */
  Optional<Label> next(XWPFParagraph p) {
    Optional<CTNumPr> numPr = numPr(p);
    if (numPr.isEmpty() || !numPr.get().isSetNumId()) {
      return Optional.empty();
    }
    BigInteger numId = numPr.get().getNumId().getVal();
    int level = numPr.get().isSetIlvl() ? numPr.get().getIlvl().getVal().intValue() : 0;
    XWPFNumbering numbering = doc.getNumbering();
    if (numbering == null || numId == null || numId.signum() == 0) {
      return Optional.empty();
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null) {
      return Optional.empty();
    }
    Optional<CTLvl> lvl = level(numbering, num, level);
    String format =
        lvl.filter(CTLvl::isSetNumFmt)
            .map(l -> String.valueOf(l.getNumFmt().getVal()).toLowerCase(Locale.ROOT))
            .orElse("decimal");
    if (format.equals("none")) {
      return Optional.empty();
    }
    if (format.equals("bullet")) {
      return Optional.of(new Bullet());
    }
    ListLevel key = new ListLevel(numId, level);
    // a higher level's item restarts the deeper levels of its list
    counters.keySet().removeIf(k -> k.numId().equals(numId) && k.level() > level);
    int start =
        start(num, level)
            .orElse(
                lvl.filter(CTLvl::isSetStart).map(l -> l.getStart().getVal().intValue()).orElse(1));
    int value = counters.merge(key, start, (old, s) -> old + 1);
    String text = lvl.filter(CTLvl::isSetLvlText).map(l -> l.getLvlText().getVal()).orElse("%1.");
    String shown = text.replace("%" + (level + 1), format(value, format));
    for (int up = 0; up < level; up++) {
      // a multi-level label (%1.%2): the numbers of the levels above, as counted
      shown =
          shown.replace(
              "%" + (up + 1), String.valueOf(counters.getOrDefault(new ListLevel(numId, up), 1)));
    }
    return Optional.of(new Numbered(value, shown));
  }

  private static final String HAN_DIGITS = "〇一二三四五六七八九";

  /** A number in one of Word's number formats; decimal for the rest. */
  static String format(int n, String numFmt) {
    return switch (numFmt) {
      case "chinesecounting",
          "chinesecountingthousand",
          "japanesecounting",
          "taiwanesecounting",
          "ideographdigital" ->
          hanCounting(n);
      case "decimalenclosedcircle", "decimalenclosedcirclechinese" ->
          n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : String.valueOf(n);
      case "lowerletter" -> letters(n).toLowerCase(Locale.ROOT);
      case "upperletter" -> letters(n);
      case "lowerroman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperroman" -> roman(n);
      case "decimalfullwidth", "decimalfullwidth2" ->
          String.valueOf(n)
              .chars()
              .mapToObj(c -> String.valueOf((char) (c - '0' + 0xff10)))
              .reduce("", String::concat);
      default -> String.valueOf(n);
    };
  }

  private static String hanCounting(int n) {
    if (n <= 0 || n >= 100) {
      return String.valueOf(n);
    }
    int tens = n / 10;
    int ones = n % 10;
    String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(HAN_DIGITS.charAt(tens))) + "十";
    return t + (ones == 0 ? "" : String.valueOf(HAN_DIGITS.charAt(ones)));
  }

  private static String letters(int n) {
    return n >= 1 ? String.valueOf((char) ('A' + (n - 1) % 26)).repeat(1 + (n - 1) / 26) : "";
  }

  private static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        b.append(symbols[i]);
        rest -= values[i];
      }
    }
    return b.toString();
  }

  private Optional<CTNumPr> numPr(XWPFParagraph p) {
    CTPPr ppr = p.getCTP().getPPr();
    if (ppr != null && ppr.isSetNumPr()) {
      return Optional.of(ppr.getNumPr());
    }
    String styleId = p.getStyleID();
    if (styleId == null || doc.getStyles() == null) {
      return Optional.empty();
    }
    XWPFStyle style = doc.getStyles().getStyle(styleId);
    for (int depth = 0; style != null && depth < 8; depth++) {
      var sppr = style.getCTStyle().getPPr();
      if (sppr != null && sppr.isSetNumPr()) {
        return Optional.of(sppr.getNumPr());
      }
      String basedOn = style.getBasisStyleID();
      style = basedOn == null ? null : doc.getStyles().getStyle(basedOn);
    }
    return Optional.empty();
  }

  private static Optional<Integer> start(XWPFNum num, int level) {
    for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
      if (o.getIlvl().intValue() == level && o.isSetStartOverride()) {
        CTDecimalNumber s = o.getStartOverride();
        return Optional.of(s.getVal().intValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<CTLvl> level(XWPFNumbering numbering, XWPFNum num, int level) {
    if (num.getCTNum().getAbstractNumId() == null) {
      return Optional.empty();
    }
    XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abs == null) {
      return Optional.empty();
    }
    CTAbstractNum ct = abs.getCTAbstractNum();
    for (CTLvl l : ct.getLvlArray()) {
      if (l.getIlvl().intValue() == level) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
