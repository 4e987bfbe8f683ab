package cn.hinews.core.manual;

import cn.hinews.core.crawl.FetchProblems;
import cn.hinews.core.crawl.FetchResult;
import cn.hinews.core.crawl.Fetcher;
import cn.hinews.core.crawl.UrlCanonicalizer;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.extract.ArticleExtractor;
import cn.hinews.core.extract.Extraction;
import cn.hinews.core.extract.Page;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workflow of an article added by hand: {@link #fetch} reads a page live (the crawler's
 * fetcher, so its address guard, size and time limits hold) and extracts it for a preview, storing
 * nothing; {@link #save} stores what the editor confirmed (or pasted) as an article, queued for
 * analysis in the same transaction, with the audit record of who added it. An article already
 * stored under the URL is found, never stored twice.
 */
public final class ManualArticles {
  /** What a fetch found: the article to preview, or why there is none (in Chinese). */
  public record Preview(String url, Optional<Article> article, Optional<String> problem) {}

  /** What an editor pasted or corrected on the preview. */
  public record Pasted(
      String url, String title, String outlet, Optional<LocalDate> date, String text) {}

  /** The result of a save: the stored article, and whether it was stored before. */
  public record Saved(StoredArticle article, boolean existed) {}

  static final int MAX_TITLE = 300;
  static final int MAX_TEXT = 200_000;

  private final Store store;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final Supplier<SourceRegistry> sources;
  private final Clock clock;

  public ManualArticles(
      Store store,
      Fetcher fetcher,
      ArticleExtractor extractor,
      Supplier<SourceRegistry> sources,
      Clock clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.sources = sources;
    this.clock = clock;
  }

  /** The canonical form of a URL an editor typed, or why it is not one (in Chinese). */
  public static String canonical(String typed) {
    String url = typed == null ? "" : typed.strip();
    if (url.isEmpty()) {
      throw new IllegalArgumentException("请填写网址");
    }
    if (!url.matches("(?i)https?://.+")) {
      throw new IllegalArgumentException("网址要以 http:// 或 https:// 开头：" + shorten(url));
    }
    return UrlCanonicalizer.canonical(url)
        .orElseThrow(() -> new IllegalArgumentException("无法识别的网址：" + shorten(url)));
  }

  /** The stored article of a URL, if hinews has it already. */
  public Optional<StoredArticle> stored(String url) {
    return store.read(s -> s.articles().findByUrl(url));
  }

  /** Fetches and extracts a page for the editor to check; stores nothing. */
  public Preview fetch(String typed) {
    String url = canonical(typed);
    FetchResult r = fetcher.fetch(url, Optional.empty(), Optional.empty());
    if (!r.ok()) {
      return new Preview(url, Optional.empty(), Optional.of(FetchProblems.say(r)));
    }
    String finalUrl = UrlCanonicalizer.canonical(r.finalUrl()).orElse(url);
    Extraction x =
        extractor.extract(
            new Page(
                finalUrl,
                r.body(),
                sources
                    .get()
                    .forUrl(finalUrl)
                    .flatMap(s -> s.crawl().contentType(r.contentType()))));
    Optional<String> why = x.unstorable();
    if (why.isPresent()) {
      return new Preview(
          url,
          Optional.empty(),
          Optional.of("页面取到了，但没有识别出文章的标题或正文：" + FetchProblems.say(why.get())));
    }
    return new Preview(
        url,
        Optional.of(x.toArticle(url, outletOf(url), Optional.of(clock.instant()))),
        Optional.empty());
  }

  /** The outlet of a URL's site: the registry's, or the host name. */
  private String outletOf(String url) {
    return sources
        .get()
        .forUrl(url)
        .map(s -> s.outlet())
        .orElseGet(() -> URI.create(url).getHost());
  }

  /** What was pasted as an article, or why it cannot be one (an exception naming the field). */
  public static Article article(Pasted p) {
    String url = canonical(p.url());
    String title = p.title() == null ? "" : p.title().strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("请填写标题");
    }
    if (title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("标题太长（" + title.length() + " 字），最多 " + MAX_TITLE + " 字");
    }
    String text = p.text() == null ? "" : p.text().replace("\r\n", "\n").strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("请粘贴正文");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("正文太长（" + text.length() + " 字），最多 " + MAX_TEXT + " 字");
    }
    List<Block> body = new ArrayList<>();
    for (String para : text.split("\n\\s*\n|\n")) {
      if (!para.isBlank()) {
        body.add(new Block(BlockKind.PARAGRAPH, para.strip()));
      }
    }
    String outlet =
        p.outlet() == null || p.outlet().isBlank() ? URI.create(url).getHost() : p.outlet().strip();
    return new Article(
        url,
        title,
        outlet.length() > 100 ? outlet.substring(0, 100) : outlet,
        "",
        List.of(),
        List.of(),
        p.date().map(d -> new PublishTime(d.atStartOfDay(), Precision.DAY, d.toString())),
        body,
        Optional.empty());
  }

  /**
   * Stores an article an editor added (the analysis is queued in the same transaction) with the
   * audit record; an article already stored under its URL is returned as it is.
   */
  public Saved save(Article article, String actor) {
    return store.inTransaction(
        s -> {
          Optional<StoredArticle> existing = s.articles().findByUrl(article.url());
          if (existing.isPresent()) {
            return new Saved(existing.get(), true);
          }
          StoredArticle stored = s.articles().insert(article);
          s.users()
              .audit(
                  AuditEntry.of(
                      clock.instant(),
                      actor,
                      AuditAction.ARTICLE_ADD,
                      article.url(),
                      article.title()));
          return new Saved(stored, false);
        });
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
