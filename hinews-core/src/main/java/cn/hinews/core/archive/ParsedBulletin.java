package cn.hinews.core.archive;

import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulletin file read into structure, before it is stored.
 *
 * @param series the series its title line names
 * @param number the issue number
 * @param issueDate the date printed under the publisher
 * @param period the period of the lead sentence (or the series rule when the lead gives none)
 * @param items the items of 二、具体内容, in order
 * @param warnings things that were odd but not wrong, each naming its line
 */
public record ParsedBulletin(
    Series series,
    int number,
    LocalDate issueDate,
    Period period,
    List<ParsedItem> items,
    List<String> warnings) {
  public ParsedBulletin {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
