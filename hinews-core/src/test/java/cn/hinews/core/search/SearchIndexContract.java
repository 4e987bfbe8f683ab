package cn.hinews.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} does, whatever is behind it: run by {@link LuceneSearchIndexTest}
 * and by {@link OpenSearchSearchIndexIT} (a real server).
 */
abstract class SearchIndexContract {
  SearchIndex index;

  /** A new, empty index. */
  abstract SearchIndex open();

  static SearchDoc article(
      long id, String title, String body, String outlet, String kind, LocalDate date) {
    return new SearchDoc(
        "article:" + id,
        SearchDoc.Type.ARTICLE,
        id,
        "https://example.cn/" + id + ".html",
        title,
        body,
        outlet,
        Optional.of(kind),
        List.of(),
        Optional.of(date),
        Optional.empty(),
        Optional.empty());
  }

  @BeforeEach
  void fill() {
    index = open();
    index.put(
        List.of(
            article(
                1,
                "北京推进智慧医院建设",
                "全市三级医院将全面建成智慧医院，电子病历系统升级。",
                "北京日报",
                "media",
                LocalDate.of(2026, 1, 10)),
            article(
                2,
                "医疗大模型进入临床",
                "多家医院上线人工智能大模型辅助诊断，智慧服务水平提升。",
                "人民网",
                "media",
                LocalDate.of(2026, 1, 12)),
            article(
                3,
                "国家卫生健康委发布数据安全管理办法",
                "办法要求加强医疗数据安全和个人信息保护，医院要建立数据分类分级制度。",
                "国家卫生健康委",
                "government",
                LocalDate.of(2026, 1, 14)),
            article(
                4,
                "冬季流感防治指南",
                "专家提醒市民接种疫苗，注意室内通风。<script>alert(1)</script>",
                "新京报",
                "media",
                LocalDate.of(2026, 1, 15)),
            new SearchDoc(
                "item:weekly:656:0",
                SearchDoc.Type.ITEM,
                1,
                "https://example.cn/1.html",
                "北京推进智慧医院建设（周报）",
                "全市三级医院将全面建成智慧医院。",
                "北京日报",
                Optional.of("media"),
                List.of(),
                Optional.of(LocalDate.of(2026, 1, 10)),
                Optional.of("weekly"),
                Optional.of(656))));
  }

  @AfterEach
  void close() {
    index.close();
  }

  List<String> keys(SearchQuery q) {
    return index.search(q).hits().stream().map(SearchResult.Hit::key).toList();
  }

  SearchQuery q(String text) {
    return SearchQuery.of(text);
  }

  @Test
  void wordsAreAndedAndChineseRunsArePhrases() {
    assertThat(keys(q("智慧医院"))).containsExactlyInAnyOrder("article:1", "item:weekly:656:0");
    // 智慧 and 医院 both occur in article 2, but not as the phrase 智慧医院
    assertThat(keys(q("智慧 医院"))).contains("article:2");
    assertThat(keys(q("大模型 数据安全"))).isEmpty();
  }

  @Test
  void booleanOperatorsAndPhrases() {
    assertThat(keys(q("大模型 OR 数据安全"))).containsExactlyInAnyOrder("article:2", "article:3");
    assertThat(keys(q("大模型 或 数据安全"))).containsExactlyInAnyOrder("article:2", "article:3");
    assertThat(keys(q("医院 NOT 智慧"))).containsExactly("article:3");
    assertThat(keys(q("医院 -智慧"))).containsExactly("article:3");
    assertThat(keys(q("\"电子病历\""))).containsExactlyInAnyOrder("article:1");
  }

  @Test
  void aPhraseAcrossPunctuationIsFoundWhateverTheMark() {
    // the text: 智慧医院，电子病历; the mark's place is any mark, never nothing
    assertThat(keys(q("\"智慧医院，电子病历\""))).containsExactly("article:1");
    assertThat(keys(q("\"智慧医院。电子病历\""))).containsExactly("article:1");
    assertThat(keys(q("\"智慧医院电子病历\""))).isEmpty();
    assertThat(keys(q("\"智慧医院，，电子病历\""))).isEmpty();
    SearchResult.Hit hit = index.search(q("\"智慧医院，电子病历\"")).hits().get(0);
    // the mark is the text's, whichever engine marked what
    assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", ""))
        .contains("全面建成智慧医院，电子病历系统升级");
    assertThat(hit.snippet()).contains("<mark>智慧");
  }

  @Test
  void aSnippetBeginsWhereASentenceBegins() {
    List<String> sentences =
        List.of(
            "北京市卫生健康委今天发布通知。",
            "全市三级医院将全面建成智慧医院，电子病历系统升级！",
            "多家医院上线人工智能辅助诊断，智慧服务水平提升。",
            "办法要求加强医疗数据安全和个人信息保护，医院要建立数据分类分级制度。",
            "专家提醒市民接种疫苗，注意室内通风。",
            "互联网医院开通在线复诊，处方流转平台同步上线。",
            "远程医疗协作网连接县级医院和乡镇卫生院，远程会诊常态化开展。",
            "社区卫生服务中心开展家庭医生签约服务，居民满意度明显提高。");
    index.put(
        List.of(
            article(
                9, "长文", String.join("", sentences), "北京日报", "media", LocalDate.of(2026, 1, 20))));
    SearchResult.Hit hit = index.search(q("签约")).hits().get(0);
    assertThat(hit.key()).isEqualTo("article:9");
    String plain = hit.snippet().replace("<mark>", "").replace("</mark>", "");
    // the passage is whole sentences: it begins at one, not in the middle of one
    assertThat(sentences).anySatisfy(s -> assertThat(plain).startsWith(s));
    assertThat(plain).contains("家庭医生签约服务");
  }

  @Test
  void filtersNarrowTheHits() {
    SearchQuery base = q("医院");
    assertThat(
            keys(
                with(
                    base,
                    Set.of(SearchDoc.Type.ARTICLE),
                    Set.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactlyInAnyOrder("article:1", "article:2", "article:3");
    assertThat(
            keys(
                with(
                    base,
                    Set.of(),
                    Set.of("人民网"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactly("article:2");
    assertThat(
            keys(
                with(
                    base,
                    Set.of(),
                    Set.of(),
                    Optional.of("government"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactly("article:3");
    assertThat(
            keys(
                with(
                    base,
                    Set.of(),
                    Set.of(),
                    Optional.empty(),
                    Optional.of("weekly"),
                    Optional.empty(),
                    Optional.empty())))
        .containsExactly("item:weekly:656:0");
    assertThat(
            keys(
                with(
                    base,
                    Set.of(),
                    Set.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(LocalDate.of(2026, 1, 11)),
                    Optional.of(LocalDate.of(2026, 1, 13)))))
        .containsExactly("article:2");
  }

  static SearchQuery with(
      SearchQuery q,
      Set<SearchDoc.Type> types,
      Set<String> outlets,
      Optional<String> kind,
      Optional<String> series,
      Optional<LocalDate> from,
      Optional<LocalDate> to) {
    return new SearchQuery(
        q.text(), types, outlets, kind, Set.of(), series, from, to, q.sort(), q.page(), q.size());
  }

  @Test
  void sortByDateAndPaging() {
    SearchQuery all =
        new SearchQuery(
            "",
            Set.of(SearchDoc.Type.ARTICLE),
            Set.of(),
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            SearchQuery.Sort.DATE,
            0,
            3);
    SearchResult first = index.search(all);
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.hits())
        .extracting(SearchResult.Hit::key)
        .containsExactly("article:4", "article:3", "article:2");
    SearchResult second =
        index.search(
            new SearchQuery(
                "",
                Set.of(SearchDoc.Type.ARTICLE),
                Set.of(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                SearchQuery.Sort.DATE,
                1,
                3));
    assertThat(second.hits()).extracting(SearchResult.Hit::key).containsExactly("article:1");
  }

  @Test
  void matchesAreMarkedAndMarkupEscaped() {
    SearchResult.Hit hit = index.search(q("数据安全")).hits().get(0);
    assertThat(hit.title()).isEqualTo("国家卫生健康委发布<mark>数据安全</mark>管理办法");
    assertThat(hit.snippet()).contains("<mark>");
    SearchResult.Hit flu = index.search(q("alert")).hits().get(0);
    assertThat(flu.snippet()).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(flu.date()).contains(LocalDate.of(2026, 1, 15));
  }

  @Test
  void replacingByKeyAndRemoving() {
    index.put(
        List.of(article(4, "冬季流感防治指南（更新）", "新版本正文。", "新京报", "media", LocalDate.of(2026, 1, 16))));
    assertThat(index.count()).isEqualTo(5);
    assertThat(keys(q("更新"))).containsExactly("article:4");
    index.remove(List.of("article:4"));
    assertThat(index.count()).isEqualTo(4);
  }

  @Test
  void aBadQueryNamesTheProblem() {
    assertThatThrownBy(() -> index.search(q("AND")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot read the query 'AND'");
    // what people paste is words: no regular expression, no field, no unclosed-quote error
    assertThat(keys(q("\"未闭合"))).isEmpty();
    assertThat(keys(q("/.*/"))).isEmpty();
    assertThat(keys(q("专访:张三"))).isEmpty();
    assertThat(keys(q("智慧医院　或　大模型"))).contains("article:1", "article:2");
  }

  @Test
  void theBookmarkIsKept() {
    index.bookmark(java.util.Map.of("last-article-id", "42"));
    assertThat(index.bookmark()).containsEntry("last-article-id", "42");
  }

  @Test
  void removingATypeAndClearingKeepTheBookmark() {
    index.bookmark(java.util.Map.of("last-article-id", "7"));
    index.removeType(SearchDoc.Type.ITEM);
    assertThat(index.count()).isEqualTo(4);
    assertThat(keys(q("周报"))).isEmpty();
    assertThat(keys(q("智慧医院"))).containsExactly("article:1");
    index.clear();
    assertThat(index.count()).isZero();
    assertThat(index.search(q("")).total()).isZero();
    assertThat(index.bookmark()).containsEntry("last-article-id", "7");
  }

  @Test
  void theWholeQueryLanguage() {
    // phrases, AND, OR, NOT, parentheses, +must and -not, Chinese operators, full-width quotes
    assertThat(keys(q("(大模型 OR 流感) AND NOT 智慧"))).containsExactly("article:4");
    assertThat(keys(q("+医院 -智慧 -数据"))).isEmpty();
    assertThat(keys(q("医院 与 数据安全"))).containsExactly("article:3");
    assertThat(keys(q("流感 非 疫苗"))).isEmpty();
    assertThat(keys(q("“人工智能”"))).containsExactly("article:2");
    assertThat(keys(q("-智慧"))).isEmpty(); // nothing to look for: nothing found
    assertThat(keys(q("ALERT"))).containsExactly("article:4"); // case does not matter
  }

  @Test
  void totalsCountEveryHitNotOnlyThePage() {
    SearchQuery one =
        new SearchQuery(
            "医院",
            Set.of(),
            Set.of(),
            Optional.empty(),
            Set.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            SearchQuery.Sort.RELEVANCE,
            0,
            1);
    SearchResult r = index.search(one);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.hits().get(0).score()).isPositive();
  }
}
