package cn.hinews.core.store;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.StoredArticle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored articles; the canonical URL is an article's identity. */
public interface ArticleRepository {
  Optional<StoredArticle> findByUrl(String url);

  Optional<StoredArticle> findById(long id);

  /** The articles of these ids (absent ids are left out). */
  Map<Long, Article> findByIds(Collection<Long> ids);

  /** Stores a new article; its URL must not be stored yet. */
  StoredArticle insert(Article article);

  long count();

  List<StoredArticle> latest(int limit);

  /**
   * The articles published on the days from {@code from} to {@code to} (both included), oldest
   * first.
   */
  List<StoredArticle> publishedBetween(LocalDate from, LocalDate to);
}
