package cn.hinews.core.search;

import cn.hinews.core.analysis.stats.PeriodCounts;
import cn.hinews.core.store.Count;
import cn.hinews.core.store.DayCount;
import cn.hinews.core.store.Judgement.TermKind;
import cn.hinews.core.store.JudgementRepository.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * 统计's counts as the server's aggregations over the facts of the judgements the indexer wrote
 * beside each article ({@code judged.*}): the same figures as SQL once the index has caught up.
 */
final class OpenSearchPeriodCounts implements PeriodCounts {
  private final OpenSearchClient client;
  private final String name;

  OpenSearchPeriodCounts(OpenSearchClient client, String name) {
    this.client = client;
    this.name = name;
  }

  private static String field(String column) {
    return OpenSearchDocs.JUDGED + "." + column;
  }

  private static String column(Dimension d) {
    return switch (d) {
      case OUTLET -> "outlet";
      case SOURCE_KIND -> "source_kind";
      case POLARITY -> "polarity";
      case TOP_TOPIC -> "top_topic";
    };
  }

  private static Query period(LocalDate from, LocalDate to, double minRelevance) {
    List<Query> filters = new ArrayList<>();
    filters.add(
        Query.of(
            q ->
                q.range(
                    r ->
                        r.field(field("day"))
                            .gte(JsonData.of(from.toString()))
                            .lte(JsonData.of(to.toString())))));
    if (minRelevance > 0) {
      filters.add(
          Query.of(q -> q.range(r -> r.field(field("relevance")).gte(JsonData.of(minRelevance)))));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /** A terms aggregation: most first, then by key, as the SQL orders them. */
  private static Aggregation terms(String field, int size) {
    return Aggregation.of(
        a ->
            a.terms(
                t ->
                    t.field(field)
                        .size(size)
                        .order(
                            List.of(
                                Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))));
  }

  private Map<String, Aggregate> aggregate(Query query, String key, Aggregation agg) {
    try {
      SearchResponse<Void> r =
          client.search(s -> s.index(name).size(0).query(query).aggregations(key, agg), Void.class);
      return r.aggregations();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count in the search server: " + e.getMessage(), e);
    }
  }

  @Override
  public int count(LocalDate from, LocalDate to) {
    try {
      return (int) client.count(c -> c.index(name).query(period(from, to, 0))).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count in the search server: " + e.getMessage(), e);
    }
  }

  @Override
  public List<DayCount> perDay(Dimension dimension, LocalDate from, LocalDate to) {
    Aggregation byDay =
        Aggregation.of(
            a ->
                a.dateHistogram(
                        h ->
                            h.field(field("day"))
                                .calendarInterval(CalendarInterval.Day)
                                .minDocCount(1)
                                .format("yyyy-MM-dd"))
                    .aggregations("key", terms(field(column(dimension)), 10_000)));
    List<DayCount> out = new ArrayList<>();
    for (DateHistogramBucket day :
        aggregate(period(from, to, 0), "day", byDay).get("day").dateHistogram().buckets().array()) {
      LocalDate d = LocalDate.parse(day.keyAsString());
      List<Count> keys = counts(day.aggregations().get("key"));
      keys.stream()
          .sorted(java.util.Comparator.comparing(Count::key))
          .forEach(c -> out.add(new DayCount(d, c.key(), c.count())));
    }
    return out;
  }

  @Override
  public List<Count> counts(Dimension dimension, LocalDate from, LocalDate to, int limit) {
    return counts(
        aggregate(period(from, to, 0), "key", terms(field(column(dimension)), limit)).get("key"));
  }

  @Override
  public List<Count> termCounts(
      TermKind kind, LocalDate from, LocalDate to, double minRelevance, int limit) {
    String f = field(kind.name().toLowerCase(Locale.ROOT));
    return counts(aggregate(period(from, to, minRelevance), "key", terms(f, limit)).get("key"));
  }

  private static List<Count> counts(Aggregate terms) {
    List<Count> out = new ArrayList<>();
    for (StringTermsBucket b : terms.sterms().buckets().array()) {
      out.add(new Count(b.key(), (int) b.docCount()));
    }
    return out;
  }
}
