package cn.hinews.core.store;

import java.util.List;
import java.util.Optional;

/** The raw pages of fetched articles, gzip-compressed; the last copy of each URL. */
public interface PageRepository {
  /** Keeps this copy of the page, replacing an older one. */
  void save(RawPage page);

  Optional<RawPage> find(String url);

  /** URLs of kept pages in URL order, from the one after {@code after} (empty: the first). */
  List<String> urls(Optional<String> sourceId, String after, int limit);

  long count();
}
