package cn.hinews.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link SearchQuery} as a Lucene query: the words over title (weighted 3) and body, AND by
 * default, a run of Chinese characters as a phrase (智慧医院 finds 智慧医院, not 智慧 … 医院 apart), the
 * Chinese operators 与/且, 或, 非 as AND, OR, NOT; then the filters.
 */
final class QueryReader {
  private final Analyzer analyzer;

  QueryReader(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Words of one query at most (each becomes clauses on two fields). */
  static final int MAX_WORDS = 64;

  Query read(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String text = operators(q.text().strip());
    if (text.isEmpty()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      int words = text.split("\\s+").length;
      if (words > MAX_WORDS) {
        throw new IllegalArgumentException("检索式有 " + words + " 个词，最多 " + MAX_WORDS + " 个，请精简后再检索");
      }
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(
              new String[] {LuceneSearchIndex.TITLE, LuceneSearchIndex.BODY},
              analyzer,
              Map.of(LuceneSearchIndex.TITLE, 3f, LuceneSearchIndex.BODY, 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      parser.setSplitOnWhitespace(true);
      parser.setAutoGeneratePhraseQueries(true);
      try {
        b.add(parser.parse(text), BooleanClause.Occur.MUST);
      } catch (ParseException | RuntimeException e) {
        throw new IllegalArgumentException(unreadable(q.text(), e), e);
      }
    }
    if (!q.types().isEmpty()) {
      b.add(
          terms(LuceneSearchIndex.TYPE, q.types().stream().map(Enum::name).toList()),
          BooleanClause.Occur.FILTER);
    }
    if (!q.outlets().isEmpty()) {
      b.add(terms(LuceneSearchIndex.OUTLET, List.copyOf(q.outlets())), BooleanClause.Occur.FILTER);
    }
    q.sourceKind()
        .ifPresent(
            k ->
                b.add(
                    new TermQuery(new Term(LuceneSearchIndex.KIND, k.toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER));
    if (!q.topics().isEmpty()) {
      b.add(terms(LuceneSearchIndex.TOPIC, List.copyOf(q.topics())), BooleanClause.Occur.FILTER);
    }
    q.series()
        .ifPresent(
            s ->
                b.add(
                    new TermQuery(new Term(LuceneSearchIndex.SERIES, s)),
                    BooleanClause.Occur.FILTER));
    if (q.from().isPresent() || q.to().isPresent()) {
      long lo = q.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long hi = q.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(LuceneSearchIndex.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * Why a query cannot be read, in Chinese: where (when the parser says) and what to check. The
   * parser's own English stays in the log's cause, not in the message.
   */
  static String unreadable(String text, Exception e) {
    String where = "";
    if (e instanceof ParseException pe
        && pe.currentToken != null
        && pe.currentToken.next != null
        && pe.currentToken.next.beginColumn > 0) {
      where = "（第 " + pe.currentToken.next.beginColumn + " 个字符附近）";
    }
    String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "无法解读检索式“" + shown + "”" + where + "：与、或、非（AND、OR、NOT）的前后都要有检索词，引号要成对";
  }

  private static Query terms(String field, List<String> values) {
    List<BytesRef> refs = new ArrayList<>();
    for (String v : values) {
      refs.add(new BytesRef(v));
    }
    return new TermInSetQuery(field, refs);
  }

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("\"[^\"]*\"|\\S+");

  /**
   * The query as typed, made safe for Lucene's parser: 与/且, 或, 非 (and AND, OR, NOT) written apart
   * are operators, "…" a phrase, a leading + or - a must or must-not; everything else is literal
   * text (a pasted 5G/AI or 专访:张三 is words, not a regular expression or a field).
   */
  static String operators(String text) {
    String t = text.replace('\u3000', ' ').replace('“', '"').replace('”', '"');
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      String token = m.group();
      String piece =
          switch (token) {
            case "AND", "与", "且" -> "AND";
            case "OR", "或" -> "OR";
            case "NOT", "非" -> "NOT";
            default -> {
              if (token.length() > 1 && token.startsWith("\"") && token.endsWith("\"")) {
                yield "\"" + QueryParser.escape(token.substring(1, token.length() - 1)) + "\"";
              }
              if (token.length() > 1 && (token.startsWith("+") || token.startsWith("-"))) {
                yield token.charAt(0) + QueryParser.escape(token.substring(1));
              }
              yield QueryParser.escape(token);
            }
          };
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(piece);
    }
    return out.toString();
  }
}
