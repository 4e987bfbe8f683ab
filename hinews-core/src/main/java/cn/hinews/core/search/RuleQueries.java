package cn.hinews.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

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

    /** Terms one of which an article must hold to be found; empty: no such bound. */
    private final Set<Term> needsOneOf;

    private Compiled(String text, Query query) {
      this.text = text;
      this.query = query;
      TermCollector c = new TermCollector();
      query.visit(c);
      this.needsOneOf = c.unbounded ? Set.of() : Set.copyOf(c.terms);
    }

    /** The query as typed. */
    public String text() {
      return text;
    }
  }

  /** One article's title and body, indexed in memory. */
  public final class Article {
    private final IndexSearcher searcher;

    private Article(String title, String body) {
      MemoryIndex index = new MemoryIndex();
      index.addField(LuceneSearchIndex.TITLE, title, analyzer);
      index.addField(LuceneSearchIndex.BODY, body, analyzer);
      index.freeze();
      searcher = index.createSearcher();
      searcher.setQueryCache(null);
      leaf = searcher.getIndexReader().leaves().get(0).reader();
    }

    private final LeafReader leaf;

    private boolean holdsAny(Set<Term> terms) throws IOException {
      for (Term t : terms) {
        Terms field = leaf.terms(t.field());
        if (field != null && field.iterator().seekExact(t.bytes())) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when the query finds this article (counted, not scored). Most rules do not match most
     * articles: a query none of whose terms the article holds is answered without running it.
     */
    public boolean matches(Compiled q) {
      try {
        if (!q.needsOneOf.isEmpty() && !holdsAny(q.needsOneOf)) {
          return false;
        }
        return searcher.count(q.query) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException("an index in memory failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * The terms of a query's positive clauses (excluded ones do not make an article a candidate); a
   * leaf that is not made of terms (match-all, a range) leaves the query unbounded.
   */
  private static final class TermCollector extends QueryVisitor {
    private final Set<Term> terms = new HashSet<>();
    private boolean unbounded;

    @Override
    public void consumeTerms(Query q, Term... ts) {
      terms.addAll(Arrays.asList(ts));
    }

    @Override
    public void visitLeaf(Query q) {
      unbounded = true;
    }

    @Override
    public void consumeTermsMatching(
        Query q,
        String field,
        java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
      unbounded = true;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
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
