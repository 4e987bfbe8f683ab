package cn.hinews.core.archive;

import cn.hinews.core.domain.Block;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item read from a bulletin file.
 *
 * @param title the 标题
 * @param outlet the 来源
 * @param url the 链接
 * @param date the date of the {@code YYYY-MM-DD 来源：X} line, if present
 * @param sourceLine the 来源 of that line when it names another outlet than the item's, else empty
 * @param body the 主要内容, as blocks
 * @param line line of the item's header in the file
 */
public record ParsedItem(
    String title,
    String outlet,
    String url,
    Optional<LocalDate> date,
    String sourceLine,
    List<Block> body,
    int line) {
  public ParsedItem {
    body = List.copyOf(body);
  }
}
