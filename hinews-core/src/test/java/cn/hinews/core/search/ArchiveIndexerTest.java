package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.judge.JudgedStore;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.config.HinewsConfig;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.BlockKind;
import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the database: new and revised articles, and the items of published issues. */
class ArchiveIndexerTest {
  @TempDir Path dir;

  /** The database (H2 here; PostgreSQL in {@link ArchiveIndexerOpenSearchIT}). */
  Store store() throws Exception {
    return Store.open(new DatabaseConfig("", "", ""), dir.resolve("home"));
  }

  /** The index the indexer fills (the Lucene one here; {@link ArchiveIndexerOpenSearchIT}). */
  SearchIndex open() {
    return SearchIndexes.lucene(dir.resolve("index"));
  }

  static Article article(String url, String title, String text) {
    return new Article(
        url,
        title,
        "人民网",
        "",
        List.of(),
        List.of(),
        Optional.of(new PublishTime(LocalDateTime.of(2026, 3, 4, 9, 0), Precision.MINUTE, "")),
        List.of(new Block(BlockKind.PARAGRAPH, text)),
        Optional.empty());
  }

  List<String> keys(SearchIndex index, String q) {
    return index.search(SearchQuery.of(q)).hits().stream().map(SearchResult.Hit::key).toList();
  }

  @Test
  void catchUpTakesNewRevisedAndPublishedAndLeavesDraftsOut() throws Exception {
    HinewsConfig config = ConfigLoader.load(Optional.empty());
    try (Store store = store();
        SearchIndex index = open()) {
      BulletinService bulletins = new BulletinService(store, config, Clock.systemUTC());
      ArchiveIndexer indexer =
          new ArchiveIndexer(store, index, SourceRegistry.defaults(), bulletins, Clock.systemUTC());
      long a =
          store.inTransaction(
              s -> s.articles().insert(article("https://a.cn/1.html", "互联网医院", "互联网医院上线。")).id());
      assertThat(indexer.catchUp().articles()).isEqualTo(1);
      store.inTransaction(
          s -> s.articles().insert(article("https://a.cn/2.html", "医疗大模型", "医疗大模型进入临床。")));
      indexer.catchUp();
      assertThat(keys(index, "大模型")).containsExactly("article:2");
      // a revision of the first article reaches the index
      store.inTransaction(
          s ->
              s.articles()
                  .upsert(
                      article("https://a.cn/1.html", "互联网医院（更新）", "互联网医院改版后上线电子处方。"),
                      "people",
                      Instant.now()));
      indexer.catchUp();
      assertThat(keys(index, "电子处方")).containsExactly("article:" + a);
      // a draft's items are not searchable; once published they are
      bulletins.newDraft(
          "weekly",
          LocalDate.of(2026, 3, 6),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty());
      bulletins.addItem("weekly", 1, "https://a.cn/2.html");
      indexer.catchUp();
      assertThat(keys(index, "大模型")).containsExactly("article:2");
      bulletins.publish("weekly", 1);
      assertThat(indexer.catchUp().items()).isEqualTo(1);
      assertThat(keys(index, "大模型")).containsExactlyInAnyOrder("article:2", "item:weekly:1:0");
      // the topic filter reads what the analysis stored: once judged, a catch-up re-indexes
      JudgedStore.drain(store);
      assertThat(indexer.catchUp().articles()).isGreaterThanOrEqualTo(2);
      SearchQuery byTopic =
          new SearchQuery(
              "",
              java.util.Set.of(),
              java.util.Set.of(),
              Optional.empty(),
              java.util.Set.of("medical-ai"),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              SearchQuery.Sort.DATE,
              0,
              10);
      assertThat(index.search(byTopic).hits())
          .extracting(SearchResult.Hit::key)
          .containsExactly("article:2");
      // a rebuild gives the same, and catching up again duplicates nothing
      List<Integer> progress = new java.util.ArrayList<>();
      indexer.rebuild(progress::add);
      assertThat(progress).containsExactly(2);
      assertThat(index.count()).isEqualTo(3);
      indexer.catchUp();
      assertThat(index.count()).isEqualTo(3);
    }
    // the bookmark survives a reopening of the index
    try (SearchIndex again = open()) {
      assertThat(again.bookmark()).containsEntry(ArchiveIndexer.LAST_ID, "2");
    }
  }

  @Test
  void anIndexWrittenByAnEarlierVersionIsNotCurrentUntilRebuilt() throws Exception {
    HinewsConfig config = ConfigLoader.load(Optional.empty());
    try (Store store = store();
        SearchIndex index = open()) {
      ArchiveIndexer indexer =
          new ArchiveIndexer(
              store,
              index,
              SourceRegistry.defaults(),
              new BulletinService(store, config, Clock.systemUTC()),
              Clock.systemUTC());
      store.inTransaction(
          s -> s.articles().insert(article("https://a.cn/1.html", "互联网医院", "互联网医院上线。")));
      // a new index: its first catch-up writes every article as this version does
      assertThat(indexer.layoutCurrent()).isTrue();
      indexer.catchUp();
      assertThat(indexer.layoutCurrent()).isTrue();
      // as an earlier version left it: a bookmark without the layout
      java.util.Map<String, String> old = new java.util.HashMap<>(index.bookmark());
      old.remove(ArchiveIndexer.LAYOUT);
      index.bookmark(old);
      store.inTransaction(
          s -> s.articles().insert(article("https://a.cn/2.html", "医疗大模型", "医疗大模型进入临床。")));
      indexer.catchUp();
      assertThat(indexer.layoutCurrent()).as("only the new articles were written").isFalse();
      indexer.rebuild(n -> {});
      assertThat(indexer.layoutCurrent()).isTrue();
      indexer.catchUp();
      assertThat(indexer.layoutCurrent()).isTrue();
      // an earlier version's index of issue items only: marks, the last article id 0
      index.clear();
      index.bookmark(java.util.Map.of(ArchiveIndexer.LAST_ID, "0", ArchiveIndexer.ISSUES, "0-0"));
      indexer.catchUp();
      assertThat(indexer.layoutCurrent()).isFalse();
    }
  }
}
