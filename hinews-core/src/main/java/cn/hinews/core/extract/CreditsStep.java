package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code credits}: authors, editors and the 来源 line from the text around the body ({@link
 * Credits}); a byline line the body began with leaves the body.
 */
final class CreditsStep implements ExtractionStep {
  /** How far past the title the date and byline lines are looked for. */
  static final int BYLINE_WINDOW = 400;

  /** How much of the body's beginning and end is searched for bylines. */
  static final int END_WINDOW = 300;

  @Override
  public String name() {
    return "credits";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage p = draft.parsedPage();
    List<Block> blocks = draft.blocks();
    String bodyText = blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    List<BlockWriter.Unit> units = draft.found().written().units();
    String rawText = units.stream().map(BlockWriter.Unit::text).collect(Collectors.joining("\n"));
    Credits.Found credits =
        Credits.read(
            new Credits.Around(
                draft.title(),
                nearTitle(p.fullText(), draft.title()),
                head(bodyText),
                tail(bodyText),
                Credits.after(p.fullText(), blocks),
                p.fullText(),
                rawText,
                blocks,
                p.head().authors(),
                p.head().embeddedAuthors(),
                p.site().source().isPresent()));
    return draft.withCredits(credits).withBlocks(credits.blocks()).notedAll(credits.notes());
  }

  static String head(String bodyText) {
    return bodyText.length() > END_WINDOW ? bodyText.substring(0, END_WINDOW) : bodyText;
  }

  static String tail(String bodyText) {
    return bodyText.length() > END_WINDOW
        ? bodyText.substring(bodyText.length() - END_WINDOW)
        : bodyText;
  }

  /** The text after the title's first appearance in the page (where the byline lines are). */
  static String nearTitle(String text, String title) {
    if (title.isEmpty()) {
      return text.substring(0, Math.min(text.length(), BYLINE_WINDOW));
    }
    int length = title.length();
    if (text.indexOf(title) < 0) {
      length = Math.min(title.length(), 8);
    }
    String key = title.substring(0, length);
    int at = text.indexOf(key);
    if (at < 0) {
      return "";
    }
    int from = at + length;
    return text.substring(from, Math.min(text.length(), from + BYLINE_WINDOW));
  }
}
