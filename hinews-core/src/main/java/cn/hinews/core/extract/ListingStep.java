package cn.hinews.core.extract;

import java.util.Optional;

/**
 * {@code listing}: a list or column page ({@link ListPage}: dated headline links, no paragraph
 * besides them) ends the chain as no article, rather than giving the column's name as the title and
 * an item's date as the article's. The crawler records such a page as not extractable.
 */
final class ListingStep implements ExtractionStep {
  @Override
  public String name() {
    return "listing";
  }

  @Override
  public Draft apply(Draft draft) {
    Draft.Body body = draft.found();
    if (body.byRule()) {
      return draft; // a site rule says where the article is
    }
    Optional<ListPage.Found> list = ListPage.of(body.found().top(), body.blocks());
    if (list.isEmpty()) {
      return draft;
    }
    String why =
        "a list page, not an article: "
            + list.get().items()
            + " dated links in "
            + list.get().where();
    return draft.noted(why).failed(why);
  }
}
