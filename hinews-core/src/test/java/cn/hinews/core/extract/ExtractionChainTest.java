package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hinews.core.source.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionChainTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 8, 0);
  static final String PAGE =
      "<html><head><title>卫健委发布新规</title></head><body><h1>卫健委发布新规</h1>"
          + "<p>发布时间：2026-10-30 09:15</p><div class=article><p>国家卫生健康委员会今天发布新规，"
          + "要求各地医疗机构在年底前完成电子病历系统的升级改造，并按季度报送进展情况。</p>"
          + "<p>新规同时明确了数据安全责任，医疗机构主要负责人是第一责任人，须建立相应的管理制度。</p></div>"
          + "</body></html>";

  private static Page page() {
    return Page.of("http://example.org/a.html", PAGE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStandardChainHasItsStepsInTheirOrder() {
    assertThat(ExtractionChain.standard(SourceRegistry.defaults()).names())
        .containsExactly(
            "decode",
            "parse",
            "title",
            "clean",
            "body",
            "second-try",
            "listing",
            "headline",
            "date",
            "credits",
            "outlet",
            "images");
  }

  @Test
  void anUnknownStepNameFailsAtOnce() {
    assertThatThrownBy(
            () -> ExtractionChain.of(List.of("decode", "nonsense"), SourceRegistry.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nonsense");
  }

  @Test
  void aChainWithoutTheDateStepReadsNoDate() {
    Extraction all = ExtractionChain.standard(SourceRegistry.defaults()).run(page(), NOW);
    List<String> names = ExtractionChain.standard(SourceRegistry.defaults()).names();
    Extraction noDate =
        ExtractionChain.of(
                names.stream().filter(n -> !n.equals("date")).toList(), SourceRegistry.defaults())
            .run(page(), NOW);
    assertThat(all.published()).isPresent();
    assertThat(noDate.published()).isEmpty();
    assertThat(noDate.title()).isEqualTo(all.title()).isEqualTo("卫健委发布新规");
  }

  @Test
  void aStepThatThrowsEndsTheChainAsAFailureNamingIt() {
    ExtractionStep broken =
        new ExtractionStep() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public Draft apply(Draft draft) {
            throw new IllegalStateException("boom");
          }
        };
    Extraction x = ExtractionChain.ofSteps(List.of(new DecodeStep(), broken)).run(page(), NOW);
    assertThat(x.failure())
        .hasValueSatisfying(f -> assertThat(f).startsWith("cannot read the page").contains("boom"));
    assertThat(x.diagnostics().charset()).isEqualTo("UTF-8");
  }

  @Test
  void theDraftsNotesAreImmutableAndEachStepAddsToACopy() {
    Draft d = Draft.of(page(), NOW);
    Draft noted = d.noted("one");
    assertThat(d.notes()).isEmpty();
    assertThat(noted.notes()).containsExactly("one");
    assertThatThrownBy(() -> noted.notes().add("two"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
