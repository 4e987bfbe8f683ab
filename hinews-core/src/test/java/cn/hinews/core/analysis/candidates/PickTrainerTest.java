package cn.hinews.core.analysis.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PickTrainerTest {
  private static final SeriesScope.Match NONE = new SeriesScope.Match(0, "");

  /**
   * Periods where the editors pick the reports among equally relevant candidates: the trained model
   * weighs the kind of article up from the standard 0, and ranks the picks of a new period first.
   */
  @Test
  void learnsWhatTheEditorsPreferAmongEquallyRelevantCandidates() {
    Random random = new Random(7);
    List<PickTrainer.Examples> periods = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      periods.add(period(random));
    }
    PickModel standard = PickModel.standard();
    PickModel trained = PickTrainer.standard().train(periods, Map.of());
    assertThat(standard.weight(PickFeature.KIND)).isZero();
    assertThat(trained.weight(PickFeature.KIND)).isGreaterThan(0.1);
    assertThat(trained.trainedOn()).isEqualTo(8);

    PickTrainer.Examples unseen = period(random);
    assertThat(pairsRightOrder(trained, unseen)).isGreaterThan(pairsRightOrder(standard, unseen));
    assertThat(pairsRightOrder(trained, unseen)).isGreaterThan(0.9);
  }

  @Test
  void withoutPicksTheStandardWeightsStay() {
    PickModel m = PickTrainer.standard().train(List.of(), Map.of("medical-ai", 1.0));
    assertThat(m.weights()).isEqualTo(PickModel.standard().weights());
    assertThat(m.topics()).containsEntry("medical-ai", 1.0);
    assertThat(m.trainedOn()).isZero();
  }

  @Test
  void aModelReadsBackAsItWasStored() {
    PickModel trained =
        PickTrainer.standard()
            .train(
                List.of(period(new Random(3))), Map.of("medical-ai", 0.8, "smart-hospital", 0.6));
    PickModel read =
        PickModel.read(trained.weightsText(), trained.topicsText(), trained.trainedOn());
    assertThat(read).isEqualTo(trained);
    assertThatThrownBy(() -> PickModel.read("colour=1\n", "", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Two reports picked among twenty candidates as relevant as they are: market analyses,
   * commentary.
   */
  private static PickTrainer.Examples period(Random random) {
    List<PickFeatures> picked = new ArrayList<>();
    List<PickFeatures> others = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      picked.add(features(random, ArticleKind.REPORT));
    }
    for (int i = 0; i < 20; i++) {
      others.add(features(random, i % 2 == 0 ? ArticleKind.MARKET : ArticleKind.COMMENTARY));
    }
    return new PickTrainer.Examples(picked, others);
  }

  private static PickFeatures features(Random random, ArticleKind kind) {
    return new PickFeatures(
        0.8 + 0.2 * random.nextDouble(),
        0,
        NONE,
        0.9,
        kind,
        random.nextDouble() * 0.5,
        random.nextDouble(),
        random.nextDouble());
  }

  private static double pairsRightOrder(PickModel m, PickTrainer.Examples p) {
    int right = 0;
    for (PickFeatures pick : p.picked()) {
      for (PickFeatures other : p.others()) {
        right += m.score(pick) > m.score(other) ? 1 : 0;
      }
    }
    return (double) right / (p.picked().size() * p.others().size());
  }
}
