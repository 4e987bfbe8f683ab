package cn.hinews.core.bulletin;

import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.text.ChineseNumerals;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The fixed phrases of the house format, shared by every renderer. */
public final class HouseStyle {
  private static final DateTimeFormatter CHINESE_DATE =
      DateTimeFormatter.ofPattern("uuuu年MM月dd日", Locale.ROOT);
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  /**
   * The first line of our Markdown renderings: their structure is explicit (subheadings and
   * captions are marked, no paragraph was cut), so the importer reads them without the
   * PDF-conversion heuristics.
   */
  public static final String MARKDOWN_MARKER = "<!-- hinews house format -->";

  public static final String LEAD_LABEL = "本期导语：";
  public static final String CATALOGUE_HEADING = "一、信息目录";
  public static final String CONTENT_HEADING = "二、具体内容";

  private HouseStyle() {}

  /** （第六五六期） */
  public static String numberLine(int number) {
    return "（第" + ChineseNumerals.digitByDigit(number) + "期）";
  }

  /** 2026年01月09日 */
  public static String chineseDate(LocalDate date) {
    return CHINESE_DATE.format(date);
  }

  /** 2026-01-09 */
  public static String isoDate(LocalDate date) {
    return ISO_DATE.format(date);
  }

  /** The lead sentence: 本期周报共收集4篇…，时间从…到…，监测范围包括…。 */
  public static String lead(Series series, Period period, int count) {
    return "本期"
        + series.leadNoun()
        + "共收集"
        + count
        + "篇"
        + series.scopePhrase()
        + "，时间从"
        + chineseDate(period.from())
        + series.periodJoiner()
        + chineseDate(period.to())
        + "，监测范围包括"
        + series.monitoringScope()
        + "。";
  }

  /** 1. 标题：… */
  public static String itemHeading(int n, String title) {
    return n + ". 标题：" + title;
  }

  /** （新华网） */
  public static String catalogueOutlet(String outlet) {
    return "（" + outlet + "）";
  }

  /** 2025-12-28 来源：新华网 */
  public static String dateLine(BulletinEntry e) {
    return e.date().map(d -> isoDate(d) + " ").orElse("") + outletLine(e.outlet());
  }

  /** 链接： */
  public static final String LINK_LABEL = "链接：";

  /** 主要内容： */
  public static final String CONTENT_LABEL = "主要内容：";

  /** 来源：新华网 */
  public static String outletLine(String outlet) {
    return "来源：" + outlet;
  }
}
