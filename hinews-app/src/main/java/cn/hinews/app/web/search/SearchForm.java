package cn.hinews.app.web.search;

import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchQuery;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search as the page's form and {@code /api/search} send it (the same parameters): blank values
 * are "any".
 */
record SearchForm(
    String q,
    List<String> outlet,
    String kind,
    String topic,
    String series,
    String type,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    String sort,
    Integer page,
    Integer size) {
  SearchForm {
    q = q == null ? "" : q;
    outlet = outlet == null ? List.of() : outlet.stream().filter(o -> !o.isBlank()).toList();
    kind = blank(kind);
    topic = blank(topic);
    series = blank(series);
    type = blank(type);
    sort = "date".equals(sort) ? "date" : "relevance";
    page = page == null ? 1 : Math.max(page, 1);
  }

  /** The longest query read; a longer one is answered with a message, not searched. */
  static final int MAX_QUERY = 200;

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }

  /** Nothing asked yet: the page shows the empty form. */
  boolean empty() {
    return q.isBlank()
        && outlet.isEmpty()
        && kind.isEmpty()
        && topic.isEmpty()
        && series.isEmpty()
        && type.isEmpty()
        && from == null
        && to == null;
  }

  /** The query, {@code defaultSize} hits a page unless the request says (1..100). */
  SearchQuery query(int defaultSize) {
    Set<SearchDoc.Type> types = EnumSet.noneOf(SearchDoc.Type.class);
    if (!type.isEmpty()) {
      types.add(SearchDoc.Type.valueOf(type.toUpperCase(Locale.ROOT)));
    }
    return new SearchQuery(
        q,
        types,
        Set.copyOf(outlet),
        Optional.of(kind).filter(k -> !k.isEmpty()),
        topic.isEmpty() ? Set.of() : Set.of(topic),
        Optional.of(series).filter(s -> !s.isEmpty()),
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        sort.equals("date") ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
        page - 1,
        Math.min(Math.max(size == null ? defaultSize : size, 1), 100));
  }
}
