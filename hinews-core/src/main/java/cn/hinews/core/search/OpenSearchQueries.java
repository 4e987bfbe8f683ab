package cn.hinews.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * A {@link SearchQuery} for the search server: the words read by the same {@link QueryReader} as
 * the Lucene index's (the same syntax, operators and errors; the words cut by HanLP through {@link
 * PiecesAnalyzer}), the parsed query written out as the server's query DSL, then the filters.
 */
final class OpenSearchQueries {
  private final QueryReader reader;

  OpenSearchQueries(PiecesAnalyzer analyzer) {
    this.reader = new QueryReader(analyzer);
  }

  /** The whole query; a bad one is a {@link QuerySyntaxException}. */
  Query read(SearchQuery q) {
    BoolQuery.Builder b = new BoolQuery.Builder();
    String text = QueryReader.operators(q.text().strip());
    b.must(text.isEmpty() ? Query.of(m -> m.matchAll(a -> a)) : dsl(reader.words(text, q.text())));
    if (!q.types().isEmpty()) {
      b.filter(terms(OpenSearchDocs.TYPE, q.types().stream().map(Enum::name).toList()));
    }
    if (!q.outlets().isEmpty()) {
      b.filter(terms(OpenSearchDocs.OUTLET, List.copyOf(q.outlets())));
    }
    q.sourceKind().ifPresent(k -> b.filter(term(OpenSearchDocs.KIND, k.toLowerCase(Locale.ROOT))));
    if (!q.topics().isEmpty()) {
      b.filter(terms(OpenSearchDocs.TOPIC, List.copyOf(q.topics())));
    }
    q.series().ifPresent(s -> b.filter(term(OpenSearchDocs.SERIES, s)));
    if (q.from().isPresent() || q.to().isPresent()) {
      b.filter(
          Query.of(
              r ->
                  r.range(
                      x -> {
                        x.field(OpenSearchDocs.DATE);
                        q.from().ifPresent(d -> x.gte(JsonData.of(d.toString())));
                        q.to().ifPresent(d -> x.lte(JsonData.of(d.toString())));
                        return x;
                      })));
    }
    return Query.of(x -> x.bool(b.build()));
  }

  /** A query the Lucene parser built, as the server's DSL (same fields, same meaning). */
  static Query dsl(org.apache.lucene.search.Query q) {
    if (q instanceof BooleanQuery bq) {
      return bool(bq);
    }
    if (q instanceof BoostQuery boost) {
      Query inner = dsl(boost.getQuery());
      return Query.of(x -> x.bool(b -> b.must(inner).boost(boost.getBoost())));
    }
    if (q instanceof TermQuery t) {
      return term(t.getTerm().field(), t.getTerm().text());
    }
    if (q instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (q instanceof MatchAllDocsQuery) {
      return Query.of(x -> x.matchAll(a -> a));
    }
    if (q instanceof MatchNoDocsQuery) {
      return none();
    }
    throw new QuerySyntaxException(
        0, "查询无法解析：不支持的写法", "the query has a part the search server cannot take: " + q);
  }

  /**
   * Lucene's boolean query: MUST, SHOULD, MUST_NOT, FILTER. One with no positive clause matches
   * nothing in Lucene (-智慧 alone), everything but in the server: written as nothing.
   */
  private static Query bool(BooleanQuery bq) {
    List<Query> must = new ArrayList<>();
    List<Query> should = new ArrayList<>();
    List<Query> not = new ArrayList<>();
    List<Query> filter = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      Query d = dsl(c.getQuery());
      switch (c.getOccur()) {
        case MUST -> must.add(d);
        case SHOULD -> should.add(d);
        case MUST_NOT -> not.add(d);
        case FILTER -> filter.add(d);
      }
    }
    if (must.isEmpty() && should.isEmpty() && filter.isEmpty()) {
      return none();
    }
    int minimum = bq.getMinimumNumberShouldMatch();
    String msm =
        must.isEmpty() && filter.isEmpty() && !should.isEmpty()
            ? Integer.toString(Math.max(1, minimum))
            : minimum > 0 ? Integer.toString(minimum) : null;
    return Query.of(
        x ->
            x.bool(
                b -> {
                  b.must(must).should(should).mustNot(not).filter(filter);
                  if (msm != null) {
                    b.minimumShouldMatch(msm);
                  }
                  return b;
                }));
  }

  private static Query phrase(PhraseQuery p) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) {
      return none();
    }
    String field = terms[0].field();
    int[] positions = p.getPositions();
    if (positions[positions.length - 1] - positions[0] == terms.length - 1) {
      StringJoiner words = new StringJoiner(" ");
      for (Term t : terms) {
        words.add(t.text());
      }
      return Query.of(
          x ->
              x.matchPhrase(
                  m ->
                      m.field(field)
                          .query(words.toString())
                          .slop(p.getSlop())
                          .analyzer("whitespace")));
    }
    // a place left empty by punctuation (a gap in the positions) is any mark in the index: either
    // placeholder ({@link OpenSearchDocs#PUNCT}, {@link OpenSearchDocs#STOP})
    SpanQuery mark =
        SpanQuery.of(
            o ->
                o.spanOr(
                    r ->
                        r.clauses(
                            spanTerm(field, String.valueOf(OpenSearchDocs.PUNCT)),
                            spanTerm(field, String.valueOf(OpenSearchDocs.STOP)))));
    List<SpanQuery> clauses = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      for (int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1; gap > 0; gap--) {
        clauses.add(mark);
      }
      clauses.add(spanTerm(field, terms[i].text()));
    }
    return Query.of(
        x -> x.spanNear(n -> n.clauses(clauses).slop(p.getSlop()).inOrder(p.getSlop() == 0)));
  }

  private static SpanQuery spanTerm(String field, String value) {
    return SpanQuery.of(q -> q.spanTerm(t -> t.field(field).value(value)));
  }

  private static Query none() {
    return Query.of(x -> x.matchNone(n -> n));
  }

  private static Query term(String field, String value) {
    return Query.of(x -> x.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Query terms(String field, List<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(x -> x.terms(t -> t.field(field).terms(s -> s.value(v))));
  }
}
