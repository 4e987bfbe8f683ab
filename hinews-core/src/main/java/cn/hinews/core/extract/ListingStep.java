package cn.hinews.core.extract;

/** {@code listing}: placeholder. */
final class ListingStep implements ExtractionStep {
  @Override
  public String name() {
    return "listing";
  }

  @Override
  public Draft apply(Draft draft) {
    return draft;
  }
}
