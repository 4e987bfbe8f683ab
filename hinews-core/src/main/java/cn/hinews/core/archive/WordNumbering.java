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

  record Numbered(int value) implements Label {}

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
    return Optional.of(new Numbered(value));
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
