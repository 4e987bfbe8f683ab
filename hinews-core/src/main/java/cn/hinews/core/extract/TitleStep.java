package cn.hinews.core.extract;

/** {@code title}: the site rule's title, when the source has one and it selects a text. */
final class TitleStep implements ExtractionStep {
  @Override
  public String name() {
    return "title";
  }

  @Override
  public Draft apply(Draft draft) {
    ParsedPage.Site site = draft.parsedPage().site();
    return site.ruleTitle()
        .map(
            t ->
                draft
                    .withTitle(t)
                    .noted("title by the site rule " + site.rules().title().orElse("")))
        .orElse(draft);
  }
}
