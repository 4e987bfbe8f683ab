package cn.hinews.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bulletin series. Series are configuration ({@code defaults.yml}, {@code hinews.yml}), not code.
 *
 * @param id short name used on the command line, e.g. {@code weekly}
 * @param title the title line, e.g. 全国卫生信息化舆情监测周报
 * @param leadNoun what the lead calls the issue: 周报, 月报
 * @param scopePhrase what the items are, in the lead: 卫生信息化相关信息
 * @param monitoringScope where they come from, in the lead: 全国主流媒体及政府网站等
 * @param cadence daily, weekly or monthly
 * @param weekEndsOn last day of a weekly period
 * @param periodJoiner the word between the period's dates in the lead: 至 or 到
 * @param firstNumber the number of the first issue when none is stored yet
 * @param publisher the publishing body printed under the title
 * @param region the scope of the series: {@link #NATIONAL} (全国), or a region such as 北京 whose
 *     articles and outlets rank above equal national ones in this series' candidates
 */
public record Series(
    String id,
    String title,
    String leadNoun,
    String scopePhrase,
    String monitoringScope,
    Cadence cadence,
    DayOfWeek weekEndsOn,
    String periodJoiner,
    int firstNumber,
    String publisher,
    String region) {
  /** The region of a series without a regional scope. */
  public static final String NATIONAL = "全国";

  public Series {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(leadNoun, "leadNoun");
    Objects.requireNonNull(scopePhrase, "scopePhrase");
    Objects.requireNonNull(monitoringScope, "monitoringScope");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(weekEndsOn, "weekEndsOn");
    Objects.requireNonNull(periodJoiner, "periodJoiner");
    Objects.requireNonNull(publisher, "publisher");
    region = region == null || region.isBlank() ? NATIONAL : region.strip();
  }

  /** Whether the series has a regional scope (not 全国). */
  public boolean regional() {
    return !NATIONAL.equals(region);
  }

  /** The period of the issue that covers {@code date}. */
  public Period periodFor(LocalDate date) {
    return cadence.periodFor(date, weekEndsOn);
  }
}
