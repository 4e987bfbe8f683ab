package cn.hinews.core.store;

import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.StoredArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored articles; the canonical URL is an article's identity. */
public interface ArticleRepository {
  Optional<StoredArticle> findByUrl(String url);

  Optional<StoredArticle> findById(long id);

  /** The current revision of an article (1 until its text changes). */
  Optional<Integer> revisionOf(long id);

  /**
   * The heads of these articles (everything but the body, which is left empty), by id: what lists
   * show. Absent ids are left out.
   */
  Map<Long, StoredArticle> heads(Collection<Long> ids);

  /** The articles of these ids (absent ids are left out). */
  Map<Long, Article> findByIds(Collection<Long> ids);

  /** Stores a new article; its URL must not be stored yet. */
  StoredArticle insert(Article article);

  /** What {@link #upsert} did. */
  enum Change {
    INSERTED,
    UNCHANGED,
    REVISED
  }

  /** The stored article and what became of it. */
  record Upserted(StoredArticle stored, Change change) {}

  /**
   * Stores a fetched article idempotently: a new URL is inserted; the same text again changes
   * nothing; a changed text replaces the article in place as its next revision, the earlier text
   * kept in {@code article_revision} (never a second article for one URL).
   */
  Upserted upsert(Article article, String sourceId, Instant now);

  long count();

  /** Articles stored with an id above {@code afterId} (what an index has not seen yet). */
  long countAfter(long afterId);

  /** Articles with an id above {@code afterId}, in id order (for walking the whole table). */
  List<StoredArticle> after(long afterId, int limit);

  /**
   * Articles stored, revised, judged or moved to another reprint cluster at or after {@code since},
   * with an id above {@code afterId}.
   */
  List<StoredArticle> changedSince(Instant since, long afterId, int limit);

  List<StoredArticle> latest(int limit);

  /**
   * The articles published on the days from {@code from} to {@code to} (both included), oldest
   * first.
   */
  List<StoredArticle> publishedBetween(LocalDate from, LocalDate to);
}
