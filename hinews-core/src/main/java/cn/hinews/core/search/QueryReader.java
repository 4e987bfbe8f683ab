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
      b.add(words(text, q.text()), BooleanClause.Occur.MUST);
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
   * The words of a query ({@link #operators} applied) over title and body; {@code typed} is the
   * query as typed, for the error's position.
   */
  Query words(String text, String typed) {
    int words = text.split("\\s+").length;
    if (words > MAX_WORDS) {
      throw new QuerySyntaxException(
          0,
          "查询有 " + words + " 个词，最多 " + MAX_WORDS + " 个",
          "the query has " + words + " words; at most " + MAX_WORDS + " are searched");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {LuceneSearchIndex.TITLE, LuceneSearchIndex.BODY},
            analyzer,
            Map.of(LuceneSearchIndex.TITLE, 3f, LuceneSearchIndex.BODY, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    int dangling = danglingOperator(text);
    if (dangling >= 0) {
      int at = typedStart(typed, dangling);
      throw new QuerySyntaxException(
          at,
          "查询在第 " + (at + 1) + " 个字处无法解析：运算符（与/或/非）两边都要有词语",
          "cannot read the query '" + typed + "': an operator without its words");
    }
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      int at = position(typed, text, e);
      throw new QuerySyntaxException(
          at,
          "查询在第 " + (at + 1) + " 个字处无法解析：请检查 与/或/非、引号和括号是否成对、运算符两边是否都有词语",
          "cannot read the query '" + typed + "': " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new QuerySyntaxException(
          0,
          "查询无法解析：" + "请检查 与/或/非、引号和括号",
          "cannot read the query '" + typed + "': " + firstLine(e.getMessage()));
    }
  }

  /**
   * Where in the typed query the parser stopped: the column of the token it could not take, in the
   * text after {@link #operators}, back to the start of the same token as typed (each typed token
   * becomes one token, joined by single spaces).
   */
  private static int position(String typed, String text, ParseException e) {
    int column = text.length();
    if (e.currentToken != null && e.currentToken.next != null) {
      column = e.currentToken.next.kind == 0 ? text.length() : e.currentToken.next.beginColumn - 1;
    }
    int index = 0;
    for (int i = 0; i < Math.min(column, text.length()); i++) {
      if (text.charAt(i) == ' ') {
        index++;
      }
    }
    return typedStart(typed, index);
  }

  /**
   * The index of the first operator (in the text after {@link #operators}) with no words on a side
   * it needs them: AND/OR first or last, NOT last, two of them in a row (but AND NOT, OR NOT); -1:
   * none.
   */
  static int danglingOperator(String text) {
    String[] t = text.split(" ");
    for (int i = 0; i < t.length; i++) {
      boolean binary = t[i].equals("AND") || t[i].equals("OR");
      boolean not = t[i].equals("NOT");
      boolean last = i == t.length - 1;
      if ((binary && (i == 0 || last)) || (not && last)) {
        return i;
      }
      if ((binary || not) && !last && (t[i + 1].equals("AND") || t[i + 1].equals("OR"))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Where the {@code index}-th token starts in the query as typed. */
  private static int typedStart(String typed, int index) {
    String t = typed.replace('\u3000', ' ').replace('“', '"').replace('”', '"');
    java.util.regex.Matcher m = TOKEN.matcher(t);
    int n = 0;
    int lastEnd = 0;
    while (m.find()) {
      if (n++ == index) {
        return m.start();
      }
      lastEnd = m.end();
    }
    return lastEnd;
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

  private static String firstLine(String message) {
    if (message == null) {
      return "not a valid query";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
