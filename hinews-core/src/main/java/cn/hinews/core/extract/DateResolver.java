package cn.hinews.core.extract;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The publish time from an ordered list of named places, the strongest evidence first (as {@link
 * Credits} reads authors): the first place that gives a time wins. A time shown in the text after
 * the headline is refined by the metadata's when they agree on the day (and the minute, if shown).
 */
final class DateResolver {
  /**
   * What the places read.
   *
   * @param near the page's text after the headline (the date and byline lines)
   * @param around the body's first and last 300 characters
   * @param pageText the page's whole visible text
   * @param url the page's URL
   * @param meta the date of the page's metadata (meta tags, JSON-LD, a script's state)
   * @param modified when the page's metadata says it last changed
   * @param rule the time a site rule selects
   * @param now the clock, for relative times and the future
   */
  record Clues(
      String near,
      String around,
      String pageText,
      String url,
      Optional<PublishTime> meta,
      Optional<PublishTime> modified,
      Optional<PublishTime> rule,
      LocalDateTime now) {}

  /**
   * A place to look.
   *
   * @param name what the place is, for the list of places
   * @param shown whether it is the text the reader sees by the headline (then refined by metadata)
   * @param find the time it gives
   * @param note the note that says it was used
   */
  record Place(
      String name,
      boolean shown,
      Function<Clues, Optional<PublishTime>> find,
      Function<PublishTime, String> note) {}

  /** The time found and the notes that say where from. */
  record Resolved(Optional<PublishTime> time, List<String> notes) {}

  /** The places in order. Add a place here, where its evidence ranks. */
  static final List<Place> STANDARD =
      List.of(
          new Place("site-rule", false, Clues::rule, t -> "date by the site rule"),
          new Place(
              "after-headline",
              true,
              c -> ChineseDates.firstShown(c.near(), c.now()),
              t -> "date from the text after the title: " + t.raw()),
          new Place(
              "after-headline-numeric",
              true,
              c -> ChineseDates.labelledNumeric(c.near(), c.now(), c.meta().map(PublishTime::date)),
              t -> "date from the text after the title: " + t.raw()),
          new Place("metadata", false, Clues::meta, t -> "date from the page's metadata"),
          new Place("url", false, c -> ChineseDates.fromUrl(c.url()), t -> "date from the URL"),
          new Place(
              "page-text",
              false,
              c -> ChineseDates.best(c.pageText(), c.now()),
              t -> "date: the likeliest in the page's text: " + t.raw()),
          new Place(
              "metadata-modified",
              false,
              Clues::modified,
              t -> "date: the page's last change, as its metadata says"),
          new Place(
              "month-only",
              false,
              c -> ChineseDates.yearMonth(c.near() + "\n" + c.around(), c.now()),
              t -> "month only: " + t.raw()));

  private final List<Place> places;

  DateResolver(List<Place> places) {
    this.places = List.copyOf(places);
  }

  static DateResolver standard() {
    return new DateResolver(STANDARD);
  }

  Resolved resolve(Clues clues) {
    for (Place p : places) {
      Optional<PublishTime> found = p.find().apply(clues);
      if (found.isEmpty()) {
        continue;
      }
      PublishTime t = found.get();
      String note = p.note().apply(t);
      if (p.shown()
          && clues.meta().isPresent()
          && agrees(clues.meta().get(), t)
          && clues.meta().get().precision().compareTo(t.precision()) > 0) {
        return new Resolved(clues.meta(), List.of(note, "time from the page's metadata"));
      }
      return new Resolved(found, List.of(note));
    }
    return new Resolved(Optional.empty(), List.of());
  }

  /**
   * Whether the metadata's time is the shown one, more precisely: the same day, and the same minute
   * when the page shows one (a page's 13:48 is not its metadata's 12:48 UTC).
   */
  static boolean agrees(PublishTime meta, PublishTime shown) {
    if (!meta.date().equals(shown.date())) {
      return false;
    }
    return shown.precision().compareTo(Precision.MINUTE) < 0
        || meta.value().truncatedTo(ChronoUnit.MINUTES).equals(shown.value());
  }
}
