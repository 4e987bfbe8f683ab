package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import java.util.List;
import java.util.stream.Collectors;

/** {@code date}: the publish time, by the {@link DateResolver}'s places in their order. */
final class DateStep implements ExtractionStep {
  private final DateResolver resolver;

  DateStep(DateResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String name() {
    return "date";
  }

  /** The shortest block that counts as the body's first paragraph. */
  static final int PARAGRAPH = 30;

  /**
   * The text after the headline without the body's first paragraph: a date inside it is what the
   * article reports (an event's day, 2019年2月27日下午), not when it was published; a date line before
   * or after it stays.
   */
  static String withoutFirstParagraph(String near, List<Block> blocks) {
    for (Block b : blocks) {
      String t = b.text().strip();
      if (ContentFinder.visibleLength(t) >= PARAGRAPH) {
        int at = locate(near, t);
        if (at < 0) {
          return near;
        }
        return near.substring(0, at)
            + "\n"
            + near.substring(Math.min(near.length(), at + t.length()));
      }
    }
    return near;
  }

  /**
   * Where paragraph {@code t} starts in {@code near}: found by its whole text, else its first 40
   * characters, else its first 16 — a short prefix alone may stand earlier, inside a note that
   * names the same body (（…第十届全国人民代表大会常务委员会第二十八次会议通过） over 第十届全国人民代表大会常务委员会第二十八次会议，听取了…).
   */
  static int locate(String near, String t) {
    for (int n : new int[] {t.length(), Math.min(t.length(), 40), Math.min(t.length(), 16)}) {
      int at = near.indexOf(t.substring(0, n));
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage p = draft.parsedPage();
    String bodyText = draft.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    DateResolver.Resolved r =
        resolver.resolve(
            new DateResolver.Clues(
                withoutFirstParagraph(
                    CreditsStep.nearTitle(p.fullText(), draft.title()), draft.blocks()),
                CreditsStep.head(bodyText) + "\n" + CreditsStep.tail(bodyText),
                p.fullText(),
                draft.page().url(),
                p.head().date(),
                p.head().modified(),
                p.site().ruleTime(),
                draft.now()));
    return draft.withPublished(r.time()).notedAll(r.notes());
  }
}
