package cn.hinews.core.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = MinHash.standard();

  @Test
  void punctuationAndSpacingDoNotMatter() {
    assertThat(
            MinHash.similarity(
                minHash.signature("医院上线智能导诊系统，患者就医更便捷。"), minHash.signature("医院上线智能导诊系统 患者就医更便捷")))
        .isEqualTo(1.0);
  }

  @Test
  void similarityFollowsOverlap() {
    String a = "北京市推进医疗人工智能应用评测服务，首批覆盖影像辅助诊断、临床决策支持等场景。";
    String b = a + "评测结果将向社会公开，供医疗机构选用参考。";
    String c = "周末多个公园迎来赏花高峰，游客络绎不绝，交通部门提醒市民错峰出行注意安全。";
    double ab = MinHash.similarity(minHash.signature(a), minHash.signature(b));
    double ac = MinHash.similarity(minHash.signature(a), minHash.signature(c));
    assertThat(ab).isGreaterThan(0.5);
    assertThat(ac).isLessThan(0.1);
  }
}
