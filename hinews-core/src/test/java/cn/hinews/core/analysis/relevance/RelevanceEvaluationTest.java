package cn.hinews.core.analysis.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.relevance.RelevanceEvaluation.Result;
import cn.hinews.core.analysis.text.ChineseNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The targets on the evaluation set: ROC-AUC ≥ 0.98, every positive above 95 %. */
class RelevanceEvaluationTest {
  static RelevanceEvaluation eval;

  @BeforeAll
  static void load() {
    eval = new RelevanceEvaluation(EvalSet.load(), ChineseNlp.hanlp(), TaxonomyLoader.defaults());
  }

  @Test
  void theTaxonomyAloneMeetsTheTargets() {
    check(eval.taxonomy());
  }

  @Test
  void theBlendMeetsTheTargetsUnderCrossValidation() {
    check(eval.crossValidated(0.3, 5));
  }

  @Test
  void theSetIsWhatTheReadmeSays() {
    assertThat(EvalSet.positives()).hasSize(10);
    assertThat(EvalSet.load()).hasSizeGreaterThan(100);
  }

  private static void check(Result r) {
    assertThat(r.auc()).as("ROC-AUC of %s", r.scorer()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.worstNegativesBelow()).as("worst positive, %s", r.scorer()).isGreaterThan(0.95);
    assertThat(r.meanMiddle())
        .as("health news that is not informatics scores in between")
        .isBetween(r.meanNegative(), r.meanPositive());
    assertThat(r.precisionAtK().get(5)).isEqualTo(1.0);
  }
}
