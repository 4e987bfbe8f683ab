package cn.hinews.core.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final ChineseNlp nlp = ChineseNlp.hanlp();
  private final EntityExtractor extractor = new EntityExtractor();

  private Entities of(String text) {
    String n = nlp.normalize(text);
    return extractor.extract(n, nlp.tokens(n));
  }

  @Test
  void policiesInBookTitleMarksAndProductsInQuotes() {
    Entities e = of("国家卫生健康委印发《医疗机构信息化建设指南》。广州某医院上线“穗小伊”智能体，" + "并推出“AI孔明”大模型，患者称“方便”。");
    assertThat(e.policies()).containsExactly("医疗机构信息化建设指南");
    assertThat(e.products()).contains("穗小伊", "AI孔明").doesNotContain("方便");
    assertThat(e.organisations()).isNotEmpty();
  }

  @Test
  void genericOrganisationsAndShortTitlesAreLeftOut() {
    Entities e = of("该平台由多家医院共建。国家卫生健康委印发《通知》和《全国医疗卫生机构信息互通共享实施方案》，" + "推出“全周期、多领域”服务。");
    assertThat(e.organisations()).noneMatch(o -> o.startsWith("该") || o.startsWith("多家"));
    assertThat(e.policies()).containsExactly("全国医疗卫生机构信息互通共享实施方案");
    assertThat(e.products()).isEmpty();
  }

  @Test
  void aPhraseAroundOrganisationsIsNoOrganisation() {
    EntityExtractor only = new EntityExtractor();
    Entities e =
        only.extract(
            "以国家区域医疗中心、县级三甲医院为依托，北京协和医院牵头。",
            java.util.List.of(
                new Token("以国家区域医疗中心、县级三甲医院", "nt"),
                new Token("为", "p"),
                new Token("依托", "v"),
                new Token("北京协和医院", "nt"),
                new Token("牵头", "v")));
    assertThat(e.organisations()).containsExactly("北京协和医院");
  }

  @Test
  void peopleAndPlaces() {
    Entities e = of("记者张伟在上海市浦东新区采访了李华医生。");
    assertThat(e.people()).contains("张伟");
    assertThat(e.places()).isNotEmpty();
  }
}
