package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
import java.util.List;

/**
 * {@code second-try}: a body shorter than {@link #RETRY_BELOW} visible characters is looked for
 * again in a DOM cleaned without class names (CNN's article sits in "pg-side-of-rail"), and that
 * body is kept when it is more than twice as long. Not for a body a site rule chose.
 */
final class SecondTryStep implements ExtractionStep {
  /** A body shorter than this (visible characters) gets a second try. */
  static final int RETRY_BELOW = 200;

  @Override
  public String name() {
    return "second-try";
  }

  @Override
  public Draft apply(Draft draft) {
    Draft.Body body = draft.found();
    int length = textLength(body.blocks());
    if (body.byRule() || length >= RETRY_BELOW) {
      return draft;
    }
    return draft
        .parsedPage()
        .uncleaned()
        .map(
            fresh -> {
              Draft.Body again =
                  BodyStep.written(ContentFinder.find(fresh.get()), draft.title(), false);
              return textLength(again.blocks()) > length * 2
                  ? draft.withBody(again).noted("second try without cleaning by class names")
                  : draft;
            })
        .orElse(draft);
  }

  static int textLength(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += ContentFinder.visibleLength(b.text());
    }
    return n;
  }
}
