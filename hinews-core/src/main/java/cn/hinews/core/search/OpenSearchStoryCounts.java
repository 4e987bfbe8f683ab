package cn.hinews.core.search;

import cn.hinews.core.analysis.stats.StoryCounts;
import cn.hinews.core.store.AlertRepository.TermCount;
import cn.hinews.core.store.AlertRepository.TermDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The spike baselines' story counts as the server's aggregations: the judged articles of the days
 * (or since a moment) grouped by term, and day, in a composite aggregation paged through; the
 * stories of each group are the distinct reprint clusters ({@code judged.cluster}, a cardinality
 * aggregation). The cardinality keeps the clusters' 32-bit hashes up to its precision threshold
 * ({@value #PRECISION}): below it a count is exact but for a hash collision (about one chance in a
 * thousand at 3,000 stories), above it HyperLogLog++ (about 1 % off), far beyond what a term has in
 * a day. The threshold costs memory per group (about 4 bytes a unit): a page of {@value #PAGE}
 * groups stays near 12 MB, under the server's request breaker.
 */
final class OpenSearchStoryCounts implements StoryCounts {
  /** The cardinality's precision threshold: counts below it are exact but for hash collisions. */
  static final int PRECISION = 3_000;

  /** Groups a page of the composite aggregation brings. */
  static final int PAGE = 1_000;

  private final OpenSearchClient client;
  private final String name;
  private final int pageSize;

  /** The counts of index {@code name}, {@code page} groups a request. */
  OpenSearchStoryCounts(OpenSearchClient client, String name, int page) {
    this.client = client;
    this.name = name;
    this.pageSize = page;
  }

  /** The field of a kind: the top topic, or the terms of a kind. */
  private static String field(String kind) {
    return OpenSearchDocs.JUDGED
        + "."
        + (kind.equals("TOPIC") ? "top_topic" : kind.toLowerCase(Locale.ROOT));
  }

  @Override
  public List<TermDay> perDay(String kind, LocalDate from, LocalDate to) {
    Query days =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.field(OpenSearchDocs.JUDGED + ".day")
                            .gte(JsonData.of(from.toString()))
                            .lte(JsonData.of(to.toString()))));
    // the day's values as a terms source (its keys: midnight UTC in milliseconds): the client's
    // date_histogram source writes a zone field the server does not know (zone_id for time_zone)
    CompositeAggregationSource day =
        CompositeAggregationSource.of(s -> s.terms(t -> t.field(OpenSearchDocs.JUDGED + ".day")));
    List<TermDay> out = new ArrayList<>();
    groups(
        kind,
        days,
        Map.of("day", day),
        (b, stories) ->
            out.add(
                new TermDay(
                    b.key().get("term").to(String.class),
                    LocalDate.ofEpochDay(
                        Math.floorDiv(
                            b.key().get("day").to(Long.class), Duration.ofDays(1).toMillis())),
                    stories)));
    return out;
  }

  @Override
  public List<TermCount> since(String kind, LocalDateTime since) {
    Query recent =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.field(OpenSearchDocs.JUDGED + ".at")
                            .gte(JsonData.of(OpenSearchDocs.time(since)))));
    List<TermCount> out = new ArrayList<>();
    groups(
        kind,
        recent,
        Map.of(),
        (b, stories) -> out.add(new TermCount(b.key().get("term").to(String.class), stories)));
    return out;
  }

  /** A group of the composite aggregation and its stories. */
  private interface Group {
    void accept(CompositeBucket bucket, int stories);
  }

  /**
   * Pages through the groups of the judged articles matching {@code filter}, by term then the
   * {@code more} sources; a top topic of "" (none) is no term.
   */
  private void groups(
      String kind, Query filter, Map<String, CompositeAggregationSource> more, Group each) {
    String field = field(kind);
    Query query =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(filter).filter(f -> f.exists(e -> e.field(field)));
                      if (kind.equals("TOPIC")) {
                        b.mustNot(n -> n.term(t -> t.field(field).value(v -> v.stringValue(""))));
                      }
                      return b;
                    }));
    Map<String, CompositeAggregationSource> term =
        Map.of("term", CompositeAggregationSource.of(s -> s.terms(t -> t.field(field))));
    List<Map<String, CompositeAggregationSource>> sources = new ArrayList<>();
    sources.add(term);
    if (!more.isEmpty()) {
      sources.add(more);
    }
    Aggregation stories =
        Aggregation.of(
            a ->
                a.cardinality(
                    c ->
                        c.field(OpenSearchDocs.JUDGED + ".cluster").precisionThreshold(PRECISION)));
    Map<String, String> after = null;
    while (true) {
      Map<String, String> from = after;
      CompositeAggregate page = page(query, sources, from, stories);
      page.buckets().array().forEach(b -> each.accept(b, count(b)));
      if (page.buckets().array().size() < pageSize || page.afterKey().isEmpty()) {
        return;
      }
      after = new LinkedHashMap<>();
      for (Map.Entry<String, JsonData> k : page.afterKey().entrySet()) {
        jakarta.json.JsonValue v = k.getValue().toJson();
        after.put(
            k.getKey(),
            v instanceof jakarta.json.JsonString text ? text.getString() : v.toString());
      }
    }
  }

  private static int count(CompositeBucket b) {
    return (int) b.aggregations().get("stories").cardinality().value();
  }

  private CompositeAggregate page(
      Query query,
      List<Map<String, CompositeAggregationSource>> sources,
      Map<String, String> after,
      Aggregation stories) {
    Aggregation groups =
        Aggregation.of(
            a ->
                a.composite(
                        c -> {
                          c.size(pageSize).sources(sources);
                          if (after != null) {
                            c.after(after);
                          }
                          return c;
                        })
                    .aggregations("stories", stories));
    try {
      return client
          .search(
              s -> s.index(name).size(0).query(query).aggregations("groups", groups), Void.class)
          .aggregations()
          .get("groups")
          .composite();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count in the search server: " + e.getMessage(), e);
    }
  }
}
