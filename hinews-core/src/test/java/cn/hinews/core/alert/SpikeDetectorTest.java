package cn.hinews.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
  private final SpikeDetector detector = new SpikeDetector();

  @Test
  void poissonTailIsRight() {
    // P(X ≥ 5 | λ = 1) = 1 - (e^-1 (1 + 1 + 1/2 + 1/6 + 1/24)) = 0.00365984
    assertThat(SpikeDetector.poissonTail(5, 1.0)).isCloseTo(0.00365984, within(1e-7));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void aMinimumCountAndRatioKeepRareAndBusyTermsQuiet() {
    int[] quiet = new int[14];
    assertThat(detector.test(4, quiet)).isEmpty(); // below the minimum count
    assertThat(detector.test(5, quiet)).isPresent(); // a term from nowhere, five stories
    int[] busy = {8, 9, 7, 10, 8, 6, 9, 8, 11, 7, 9, 8, 10, 9};
    assertThat(detector.test(15, busy)).isEmpty(); // a busy term's ordinary swing
    assertThat(detector.test(30, busy)).isPresent();
  }

  @Test
  void aBurstInAQuietFortnightRaisesOneSpikeAndTheQuietDaysNone() {
    int terms = 20; // the taxonomy's topics
    List<SpikeSimulation.Burst> burst = List.of(new SpikeSimulation.Burst(12, 9, 8));
    int[][] counts = SpikeSimulation.counts(terms, 7, burst);
    SpikeSimulation.Result r = SpikeSimulation.run(counts, burst);
    assertThat(r.truePositives()).isEqualTo(1);
    assertThat(r.falseSpikes()).isZero();
    SpikeSimulation.Result quiet =
        SpikeSimulation.run(SpikeSimulation.counts(terms, 7, List.of()), List.of());
    assertThat(quiet.flagged()).isZero();
  }

  @Test
  void aBurstOfTheLastHoursIsASpikeBeforeTheDayIsOver() {
    SpikeDetector detector = new SpikeDetector();
    int[] twoADay = {2, 1, 3, 2, 2, 1, 2, 3, 2, 2, 1, 2, 3, 2};
    // eight stories of a term that has two a day: not yet a spike for the day…
    assertThat(detector.test(8, twoADay)).isEmpty();
    // …but eight within six hours, against half a story expected, is one
    assertThat(detector.test(8, twoADay, 0.25))
        .hasValueSatisfying(
            s -> {
              assertThat(s.baseline()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.05));
              assertThat(s.pValue()).isLessThan(SpikeDetector.P_VALUE);
            });
    // the minimum count holds for a window too: four in six hours is no spike, however quiet
    assertThat(detector.test(4, new int[14], 0.25)).isEmpty();
  }
}
