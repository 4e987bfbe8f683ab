package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search contract on the Lucene index (in memory), and what only the Lucene one does. */
class LuceneSearchIndexTest extends SearchIndexContract {
  @Override
  SearchIndex open() {
    return SearchIndexes.inMemory();
  }

  @Test
  void aSecondProcessSearchesReadOnlyWhatTheFirstWrites(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (SearchIndex writer = SearchIndexes.lucene(dir)) {
      writer.put(
          List.of(article(1, "互联网医院", "互联网医院上线。", "人民网", "media", LocalDate.of(2026, 1, 1))));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndexes.lucene(dir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("open in another hinews process");
      try (SearchIndex reader = SearchIndexes.readOnly(dir)) {
        assertThat(reader.writable()).isFalse();
        assertThat(reader.search(SearchQuery.of("互联网医院")).total()).isEqualTo(1);
        writer.put(
            List.of(article(2, "互联网医院二", "又一家互联网医院。", "人民网", "media", LocalDate.of(2026, 1, 2))));
        assertThat(reader.search(SearchQuery.of("互联网医院")).total()).isEqualTo(2);
        assertThatThrownBy(() -> reader.put(List.of())).isInstanceOf(IllegalStateException.class);
      }
    }
  }
}
