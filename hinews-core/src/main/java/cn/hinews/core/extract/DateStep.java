package cn.hinews.core.extract;

import cn.hinews.core.domain.Block;
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

  @Override
  public Draft apply(Draft draft) {
    ParsedPage p = draft.parsedPage();
    String bodyText = draft.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    DateResolver.Resolved r =
        resolver.resolve(
            new DateResolver.Clues(
                CreditsStep.nearTitle(p.fullText(), draft.title()),
                CreditsStep.head(bodyText) + "\n" + CreditsStep.tail(bodyText),
                p.fullText(),
                draft.page().url(),
                p.head().date(),
                p.site().ruleTime(),
                draft.now()));
    return draft.withPublished(r.time()).notedAll(r.notes());
  }
}
