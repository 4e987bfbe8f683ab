package cn.hinews.core.search;

import cn.hinews.core.store.JudgedFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable thing: a stored article, or an item of an issue (its wording for that issue).
 *
 * @param key unique in the index: {@code article:<id>} or {@code item:<series>:<number>:<pos>}
 * @param type what it is
 * @param articleId the stored article (an item's too)
 * @param url the article's URL
 * @param title headline
 * @param body the text, paragraphs separated by blank lines
 * @param outlet the publishing brand
 * @param sourceKind media or government, if known
 * @param topics topic ids from analysis, if any
 * @param date the publish date, if known
 * @param series for items: the series id
 * @param issueNumber for items: the issue's number
 * @param judged for articles: what 统计 counts of the stored judgement (a search server that counts
 *     keeps it; the Lucene index does not)
 */
public record SearchDoc(
    String key,
    Type type,
    long articleId,
    String url,
    String title,
    String body,
    String outlet,
    Optional<String> sourceKind,
    List<String> topics,
    Optional<LocalDate> date,
    Optional<String> series,
    Optional<Integer> issueNumber,
    Optional<JudgedFacts> judged) {
  /** What a document is. */
  public enum Type {
    ARTICLE,
    ITEM
  }

  public SearchDoc {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(sourceKind, "sourceKind");
    topics = List.copyOf(topics);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(issueNumber, "issueNumber");
    Objects.requireNonNull(judged, "judged");
  }

  /** This document with {@code facts} of its judgement. */
  public SearchDoc judged(Optional<JudgedFacts> facts) {
    return new SearchDoc(
        key,
        type,
        articleId,
        url,
        title,
        body,
        outlet,
        sourceKind,
        topics,
        date,
        series,
        issueNumber,
        facts);
  }

  /** A document without a judgement. */
  public SearchDoc(
      String key,
      Type type,
      long articleId,
      String url,
      String title,
      String body,
      String outlet,
      Optional<String> sourceKind,
      List<String> topics,
      Optional<LocalDate> date,
      Optional<String> series,
      Optional<Integer> issueNumber) {
    this(
        key,
        type,
        articleId,
        url,
        title,
        body,
        outlet,
        sourceKind,
        topics,
        date,
        series,
        issueNumber,
        Optional.empty());
  }
}
