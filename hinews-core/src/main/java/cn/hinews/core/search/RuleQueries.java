package cn.hinews.core.search;

import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Queries in the search syntax (与/或/非, "phrases", -word) tested against one article at a time, as
 * the alert rules need: the query is read once by the same reader as search; the article is
 * analysed once into an index in memory, and every rule's query runs over it. Thread-safe.
 */
public final class RuleQueries {
  private final Analyzer analyzer = new SmartChineseAnalyzer();
  private final QueryReader reader = new QueryReader(analyzer);

  /** A query read once. */
  public static final class Compiled {
    private final String text;
    private final Query query;

    private Compiled(String text, Query query) {
      this.text = text;
      this.query = query;
    }

    /** The query as typed. */
    public String text() {
      return text;
    }
  }

  /** One article's title and body, indexed in memory. */
  public final class Article {
    private final MemoryIndex index = new MemoryIndex();

    private Article(String title, String body) {
      index.addField(LuceneSearchIndex.TITLE, title, analyzer);
      index.addField(LuceneSearchIndex.BODY, body, analyzer);
      index.freeze();
    }

    /** True when the query finds this article. */
    public boolean matches(Compiled q) {
      return index.search(q.query) > 0.0f;
    }
  }

  /**
   * Reads a query; an empty one finds every article.
   *
   * @throws QuerySyntaxException when it cannot be read, with the position
   */
  public Compiled compile(String text) {
    Objects.requireNonNull(text, "text");
    String words = QueryReader.operators(text.strip());
    if (words.isEmpty()) {
      return new Compiled(text, new MatchAllDocsQuery());
    }
    return new Compiled(text, onlyExclusions(reader.words(words, text)));
  }

  /** A query of exclusions alone (-广告) finds everything else, not nothing. */
  private static Query onlyExclusions(Query q) {
    if (q instanceof BooleanQuery b
        && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder out = new BooleanQuery.Builder();
      out.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      b.clauses().forEach(out::add);
      return out.build();
    }
    return q;
  }

  /** An article to test queries against. */
  public Article article(String title, String body) {
    return new Article(title, body);
  }
}
