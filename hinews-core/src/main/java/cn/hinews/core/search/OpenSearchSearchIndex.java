package cn.hinews.core.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.CreateIndexRequest;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The search index in an OpenSearch server: the documents of {@link OpenSearchDocs} (HanLP's words,
 * the text as written beside them), the query of {@link OpenSearchQueries} (the Lucene index's
 * syntax), the server's unified highlighter put back on the text by {@link Marks}. The indexer's
 * bookmark is the mapping's {@code _meta}. Every write is visible to searches when it returns.
 */
final class OpenSearchSearchIndex implements SearchIndex {
  private static final int BULK = 500;

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;
  private final String name;
  private final OpenSearchDocs docs;
  private final OpenSearchQueries queries;

  OpenSearchSearchIndex(
      OpenSearchTransport transport, String name, OpenSearchDocs docs, PiecesAnalyzer analyzer) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
    this.name = name;
    this.docs = docs;
    this.queries = new OpenSearchQueries(analyzer);
    call(this::createIfMissing);
  }

  private interface Call<T> {
    T run() throws IOException;
  }

  /** A request; the server's refusal or an I/O failure says which index and why. */
  private <T> T call(Call<T> c) {
    try {
      return c.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the search server for " + name + ": " + e, e);
    } catch (OpenSearchException e) {
      throw new IllegalStateException(
          "the search server refused a request on " + name + ": " + e, e);
    }
  }

  /**
   * Creates the index with its settings and fields; an index made by an earlier version gets the
   * fields added since (documents written before lack them until a rebuild: see {@link
   * ArchiveIndexer#LAYOUT}).
   */
  private Boolean createIfMissing() throws IOException {
    JsonpMapper mapper = transport.jsonpMapper();
    TypeMapping mappings =
        TypeMapping._DESERIALIZER.deserialize(
            mapper.jsonProvider().createParser(new StringReader(OpenSearchDocs.MAPPINGS)), mapper);
    if (client.indices().exists(e -> e.index(name)).value()) {
      client.indices().putMapping(m -> m.index(name).properties(mappings.properties()));
      return false;
    }
    IndexSettings settings =
        IndexSettings._DESERIALIZER.deserialize(
            mapper.jsonProvider().createParser(new StringReader(OpenSearchDocs.SETTINGS)), mapper);
    CreateIndexRequest create =
        CreateIndexRequest.of(c -> c.index(name).settings(settings).mappings(mappings));
    try {
      client.indices().create(create);
      return true;
    } catch (OpenSearchException e) {
      if ("resource_already_exists_exception".equals(e.error().type())) {
        return false; // another process (serve, a CLI command) made it meanwhile
      }
      throw e;
    }
  }

  @Override
  public void put(Collection<SearchDoc> batch) {
    List<SearchDoc> all = List.copyOf(batch);
    for (int i = 0; i < all.size(); i += BULK) {
      List<BulkOperation> ops = new ArrayList<>();
      for (SearchDoc d : all.subList(i, Math.min(all.size(), i + BULK))) {
        Map<String, Object> doc = docs.document(d);
        ops.add(BulkOperation.of(o -> o.index(x -> x.index(name).id(d.key()).document(doc))));
      }
      bulk(ops);
    }
  }

  @Override
  public void remove(Collection<String> keys) {
    List<String> all = List.copyOf(keys);
    for (int i = 0; i < all.size(); i += BULK) {
      List<BulkOperation> ops = new ArrayList<>();
      for (String k : all.subList(i, Math.min(all.size(), i + BULK))) {
        ops.add(BulkOperation.of(o -> o.delete(x -> x.index(name).id(k))));
      }
      bulk(ops);
    }
  }

  private void bulk(List<BulkOperation> ops) {
    if (ops.isEmpty()) {
      return;
    }
    BulkResponse r = call(() -> client.bulk(b -> b.operations(ops).refresh(Refresh.True)));
    if (r.errors()) {
      String first =
          r.items().stream()
              .filter(i -> i.error() != null)
              .findFirst()
              .map(i -> i.id() + ": " + i.error().reason())
              .orElse("?");
      throw new IllegalStateException(
          "the search server refused documents of " + name + ": " + first);
    }
  }

  /**
   * The documents of the type, found by a scroll and deleted in bulk (the integ-test server has no
   * delete-by-query: that is the reindex module's).
   */
  @Override
  public void removeType(SearchDoc.Type type) {
    Query ofType =
        Query.of(
            q -> q.term(t -> t.field(OpenSearchDocs.TYPE).value(v -> v.stringValue(type.name()))));
    List<String> ids = new ArrayList<>();
    SearchResponse<JsonNode> page =
        call(
            () ->
                client.search(
                    s ->
                        s.index(name)
                            .query(ofType)
                            .size(BULK)
                            .source(src -> src.fetch(false))
                            .scroll(t -> t.time("1m")),
                    JsonNode.class));
    String scroll = page.scrollId();
    while (!page.hits().hits().isEmpty()) {
      page.hits().hits().forEach(h -> ids.add(h.id()));
      String current = scroll;
      page =
          call(
              () ->
                  client.scroll(
                      s -> s.scrollId(current).scroll(t -> t.time("1m")), JsonNode.class));
      scroll = page.scrollId();
    }
    String last = scroll;
    if (last != null) {
      call(() -> client.clearScroll(c -> c.scrollId(last)));
    }
    remove(ids);
  }

  /** The index dropped and made again, its bookmark kept (as Lucene's commit data stays). */
  @Override
  public void clear() {
    Map<String, String> marks = bookmark();
    call(() -> client.indices().delete(d -> d.index(name)));
    call(this::createIfMissing);
    if (!marks.isEmpty()) {
      bookmark(marks);
    }
  }

  @Override
  public SearchResult search(SearchQuery q) {
    long started = System.nanoTime();
    Query query = queries.read(q);
    if (q.page() >= 1000) {
      throw new IllegalArgumentException(
          "page " + (q.page() + 1) + " is beyond the last one searched (1000)");
    }
    SearchRequest request = request(q, query);
    SearchResponse<JsonNode> r;
    try {
      r = call(() -> client.search(request, JsonNode.class));
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof OpenSearchException refused && refused.status() == 400) {
        // the server could not take the query (too many clauses, say): the query's fault
        throw new IllegalArgumentException(
            "the search server cannot run the query '" + q.text() + "': " + refused.getMessage(),
            refused);
      }
      throw e;
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Hit<JsonNode> h : r.hits().hits()) {
      Map<String, List<String>> marks = h.highlight();
      hits.add(
          OpenSearchDocs.hit(
              h.id(),
              h.source(),
              marks.getOrDefault(OpenSearchDocs.TITLE, List.of()),
              marks.getOrDefault(OpenSearchDocs.BODY, List.of()),
              h.score() == null ? Float.NaN : h.score().floatValue()));
    }
    long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
    return new SearchResult(total, hits, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * One page: every hit counted, scores kept when sorting by date, the text as written from the
   * source (not the segmented fields), the title highlighted whole and two passages of the body.
   */
  private SearchRequest request(SearchQuery q, Query query) {
    SortOptions byScore = SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc)));
    SortOptions byDate =
        SortOptions.of(
            o ->
                o.field(
                    f ->
                        f.field(OpenSearchDocs.DATE)
                            .order(SortOrder.Desc)
                            .missing(m -> m.stringValue("_last"))));
    List<SortOptions> sort =
        q.sort() == SearchQuery.Sort.DATE ? List.of(byDate, byScore) : List.of(byScore, byDate);
    return SearchRequest.of(
        s ->
            s.index(name)
                .query(query)
                .from(q.page() * q.size())
                .size(q.size())
                .sort(sort)
                .trackTotalHits(t -> t.enabled(true))
                .trackScores(true)
                .source(
                    src -> src.filter(f -> f.excludes(OpenSearchDocs.TITLE, OpenSearchDocs.BODY)))
                .highlight(
                    h ->
                        h.preTags(Marks.PRE)
                            .postTags(Marks.POST)
                            .fields(OpenSearchDocs.TITLE, f -> f.numberOfFragments(0))
                            .fields(
                                OpenSearchDocs.BODY,
                                f -> f.numberOfFragments(2).fragmentSize(150))));
  }

  @Override
  public long count() {
    return call(() -> client.count(c -> c.index(name))).count();
  }

  @Override
  public Map<String, String> bookmark() {
    Map<String, JsonData> meta =
        call(() -> client.indices().getMapping(m -> m.index(name))).get(name).mappings().meta();
    Map<String, String> out = new HashMap<>();
    meta.forEach((k, v) -> out.put(k, v.to(String.class)));
    return out;
  }

  @Override
  public void bookmark(Map<String, String> marks) {
    Map<String, JsonData> meta = new HashMap<>();
    marks.forEach((k, v) -> meta.put(k, JsonData.of(v)));
    call(() -> client.indices().putMapping(m -> m.index(name).meta(meta)));
  }

  @Override
  public java.util.Optional<cn.hinews.core.analysis.stats.PeriodCounts> periodCounts() {
    return java.util.Optional.of(new OpenSearchPeriodCounts(client, name));
  }

  @Override
  public java.util.Optional<cn.hinews.core.analysis.stats.StoryCounts> storyCounts() {
    return java.util.Optional.of(storyCounts(OpenSearchStoryCounts.PAGE));
  }

  /** The story counts, {@code page} groups a request (a test pages through small ones). */
  OpenSearchStoryCounts storyCounts(int page) {
    return new OpenSearchStoryCounts(client, name, page);
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the connection to the search server: " + e, e);
    }
  }
}
