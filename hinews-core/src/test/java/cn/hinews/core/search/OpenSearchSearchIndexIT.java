package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.analysis.text.ChineseNlp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The search contract against a real OpenSearch ({@link OpenSearchServer}, on loopback). */
class OpenSearchSearchIndexIT extends SearchIndexContract {
  private static final ChineseNlp NLP = ChineseNlp.hanlp();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private String name;

  @Override
  SearchIndex open() {
    name = "contract-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    return SearchIndexes.openSearch(URI.create(OpenSearchServer.shared().url()), name, NLP);
  }

  @AfterEach
  void dropIndex() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(OpenSearchServer.shared().url() + "/" + name))
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  void anIndexOpenedAgainKeepsItsDocumentsAndBookmark() {
    index.bookmark(java.util.Map.of("last-article-id", "5"));
    try (SearchIndex again =
        SearchIndexes.openSearch(URI.create(OpenSearchServer.shared().url()), name, NLP)) {
      assertThat(again.count()).isEqualTo(5);
      assertThat(again.bookmark()).containsEntry("last-article-id", "5");
      assertThat(again.writable()).isTrue();
    }
  }

  @Test
  void theTextComesBackAsWrittenWithItsCaseAndSpaces() {
    index.put(
        List.of(
            article(
                9,
                "AI 辅助诊断：5G+医疗",
                "Hospital 使用 AI   辅助诊断。",
                "人民网",
                "media",
                LocalDate.of(2026, 2, 1))));
    SearchResult.Hit hit = index.search(q("ai")).hits().get(0);
    assertThat(hit.key()).isEqualTo("article:9");
    assertThat(hit.title()).isEqualTo("<mark>AI</mark> 辅助诊断：5G+医疗");
    assertThat(hit.snippet()).isEqualTo("Hospital 使用 <mark>AI</mark>   辅助诊断。");
  }

  @Test
  void aServerThatIsNotThereIsAnErrorThatSaysSo() {
    assertThatThrownBy(() -> SearchIndexes.openSearch(URI.create("http://127.0.0.1:9"), "x", NLP))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("cannot reach the search server");
    assertThatThrownBy(
            () ->
                SearchIndexes.openSearch(
                    URI.create(OpenSearchServer.shared().url()), "Bad Name", NLP))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
