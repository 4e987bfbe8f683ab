package cn.hinews.core.search;

import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.store.JudgedFacts;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link SearchDoc} is kept in the search server. The server has no Chinese analyser (the
 * integ-test distribution has none, and no plugin is needed this way): titles and bodies are cut by
 * HanLP here ({@link ChineseNlp#pieces}), the pieces lower-cased and joined by {@link #SEP} (a
 * space the {@code whitespace} analyser splits at), so the server indexes our words. The text as
 * written is kept beside them ({@code text.title}, {@code text.body}, not indexed) for the hits.
 */
final class OpenSearchDocs {
  /** U+205F MEDIUM MATHEMATICAL SPACE: between pieces; never in what is indexed otherwise. */
  static final char SEP = '\u205F';

  /**
   * A private-use character written for each character of punctuation or symbols, a word of its
   * own: as smartcn drops them in the Lucene index and leaves their places empty, a phrase across
   * punctuation (智慧医院，电子病历) is found whatever the mark, with the query's marks as these words
   * ({@link PiecesAnalyzer}, {@link OpenSearchQueries}). {@link Marks} puts the text's marks back.
   */
  static final char PUNCT = '\uE002';

  /**
   * What a mark that ends a sentence (。！？!?.) is written as instead of {@link #PUNCT}: the
   * highlighter's passages still begin and end at sentences. A phrase's mark matches either.
   */
  static final char STOP = '\u3002';

  /** The marks that end a sentence. */
  private static final String SENTENCE_ENDS = "。！？!?.";

  static final String TYPE = "type";
  static final String ARTICLE = "article_id";
  static final String URL = "url";
  static final String TITLE = LuceneSearchIndex.TITLE;
  static final String BODY = LuceneSearchIndex.BODY;
  static final String OUTLET = "outlet";
  static final String KIND = "kind";
  static final String TOPIC = "topic";
  static final String SERIES = "series";
  static final String ISSUE = "issue";
  static final String DATE = "date";
  static final String TEXT = "text";

  /** The judgement's facts 统计 counts: {@code judged.<column>}, the terms by kind in lower case. */
  static final String JUDGED = "judged";

  private final ChineseNlp nlp;

  OpenSearchDocs(ChineseNlp nlp) {
    this.nlp = nlp;
  }

  /** The index's settings, as JSON. */
  static final String SETTINGS =
      """
      {"number_of_shards": 1, "number_of_replicas": 0, "max_result_window": 100000,
       "highlight": {"max_analyzed_offset": 1000000}}
      """;

  /** The index's fields, as JSON. */
  static final String MAPPINGS =
      """
      {"dynamic": "strict", "properties": {
        "type": {"type": "keyword"}, "article_id": {"type": "long"},
        "url": {"type": "keyword", "index": false, "doc_values": false},
        "title": {"type": "text", "analyzer": "whitespace", "index_options": "offsets"},
        "body": {"type": "text", "analyzer": "whitespace", "index_options": "offsets"},
        "outlet": {"type": "keyword"}, "kind": {"type": "keyword"},
        "topic": {"type": "keyword"}, "series": {"type": "keyword"},
        "issue": {"type": "integer"}, "date": {"type": "date", "format": "strict_date"},
        "text": {"type": "object", "enabled": false},
        "judged": {"properties": {
          "day": {"type": "date", "format": "strict_date"}, "top_topic": {"type": "keyword"},
          "polarity": {"type": "keyword"}, "source_kind": {"type": "keyword"},
          "outlet": {"type": "keyword"}, "relevance": {"type": "double"},
          "keyword": {"type": "keyword"}, "policy": {"type": "keyword"},
          "organisation": {"type": "keyword"}, "event": {"type": "keyword"},
          "product": {"type": "keyword"}, "cluster": {"type": "long"},
          "at": {"type": "date", "format": "strict_date_hour_minute_second"}}}}}
      """;

  /** The document for {@code d} (its id is the key). */
  Map<String, Object> document(SearchDoc d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(TYPE, d.type().name());
    m.put(ARTICLE, d.articleId());
    m.put(URL, d.url());
    m.put(TITLE, segmented(d.title()));
    m.put(BODY, segmented(d.body()));
    m.put(OUTLET, d.outlet());
    d.sourceKind().ifPresent(k -> m.put(KIND, k));
    if (!d.topics().isEmpty()) {
      m.put(TOPIC, d.topics());
    }
    d.series().ifPresent(s -> m.put(SERIES, s));
    d.issueNumber().ifPresent(n -> m.put(ISSUE, n));
    d.date().ifPresent(day -> m.put(DATE, day.toString()));
    m.put(TEXT, Map.of(TITLE, d.title(), BODY, d.body()));
    d.judged().ifPresent(j -> m.put(JUDGED, judged(j)));
    return m;
  }

  private static Map<String, Object> judged(JudgedFacts j) {
    Map<String, Object> m = new LinkedHashMap<>();
    j.day().ifPresent(day -> m.put("day", day.toString()));
    m.put("top_topic", j.topTopic());
    m.put("polarity", j.polarity());
    m.put("source_kind", j.sourceKind());
    m.put("outlet", j.outlet());
    m.put("relevance", j.relevance());
    m.put("cluster", j.clusterId());
    j.publishedAt().ifPresent(at -> m.put("at", time(at)));
    j.terms()
        .forEach((kind, terms) -> m.put(kind.name().toLowerCase(java.util.Locale.ROOT), terms));
    return m;
  }

  /** A local time as {@code judged.at} keeps it: to the second (2026-03-01T08:30:00). */
  static String time(java.time.LocalDateTime t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .format(
            java.time.format.DateTimeFormatter.ofPattern(
                "uuuu-MM-dd'T'HH:mm:ss", java.util.Locale.ROOT));
  }

  /**
   * The text's pieces, lower-cased, joined by {@link #SEP}, each character of punctuation a {@link
   * #PUNCT} of its own; without the separators as long as the text.
   */
  String segmented(String text) {
    StringBuilder b = new StringBuilder(text.length() * 5 / 4);
    for (String piece : nlp.pieces(text.replace(SEP, ' '))) {
      if (PiecesAnalyzer.term(piece) != null) {
        unit(b).append(piece.toLowerCase(java.util.Locale.ROOT));
        continue;
      }
      for (int i = 0; i < piece.length(); i++) {
        char c = piece.charAt(i);
        unit(b).append(mark(c));
      }
    }
    return b.toString();
  }

  /** A character of a piece of punctuation as it is indexed. */
  private static char mark(char c) {
    if (Character.isWhitespace(c)) {
      return c;
    }
    return SENTENCE_ENDS.indexOf(c) >= 0 ? STOP : PUNCT;
  }

  /** {@code b} ready for the next unit: a separator after the one before. */
  private static StringBuilder unit(StringBuilder b) {
    return b.length() > 0 ? b.append(SEP) : b;
  }

  /** One hit from its stored source and the server's highlights (marked by {@link Marks}). */
  static SearchResult.Hit hit(
      String key, JsonNode source, List<String> titleMarks, List<String> bodyMarks, float score) {
    JsonNode text = source.path(TEXT);
    String title = text.path(TITLE).asText("");
    String body = text.path(BODY).asText("");
    String start = Marks.escape(body.length() > 120 ? body.substring(0, 120) + "…" : body);
    String shownTitle =
        titleMarks.isEmpty() ? Marks.escape(title) : Marks.onText(titleMarks.get(0), title);
    String snippet =
        bodyMarks.isEmpty()
            ? start
            : String.join(" … ", bodyMarks.stream().map(f -> Marks.onText(f, body)).toList());
    return new SearchResult.Hit(
        key,
        SearchDoc.Type.valueOf(source.path(TYPE).asText()),
        source.path(ARTICLE).asLong(),
        source.path(URL).asText(),
        shownTitle,
        snippet,
        source.path(OUTLET).asText(),
        optional(source, DATE).map(LocalDate::parse),
        optional(source, SERIES),
        optional(source, ISSUE).map(Integer::valueOf),
        score);
  }

  private static Optional<String> optional(JsonNode source, String field) {
    JsonNode n = source.get(field);
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
