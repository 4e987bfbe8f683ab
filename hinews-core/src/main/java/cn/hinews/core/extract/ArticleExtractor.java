package cn.hinews.core.extract;

/** Reads an article out of a page. Implementations never throw. */
public interface ArticleExtractor {
  Extraction extract(Page page);
}
