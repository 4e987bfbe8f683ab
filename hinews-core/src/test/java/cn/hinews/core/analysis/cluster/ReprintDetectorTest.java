package cn.hinews.core.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReprintDetectorTest {
  private final ReprintDetector detector = ReprintDetector.standard();

  @Test
  void reprintsOfRealTextsAreFoundAndDistinctArticlesKeptApart() {
    ReprintEvaluation.Result r = ReprintEvaluation.measure(ReprintEvaluation.cases(7L), detector);
    assertThat(r.truePairs()).isGreaterThan(200);
    assertThat(r.precision()).as("precision").isGreaterThanOrEqualTo(0.98);
    assertThat(r.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theEarliestIsTheOriginalAndAuthorityBreaksTies() {
    List<List<String>> originals = ReprintEvaluation.originals();
    String body = String.join("\n", originals.get(0));
    String other = String.join("\n", originals.get(1));
    LocalDateTime t = LocalDateTime.of(2026, 1, 5, 10, 0);
    List<ReprintCluster> clusters =
        detector.clusters(
            List.of(
                new ReprintDetector.Item(1, "来源：某地方网\n" + body, Optional.of(t.plusHours(3)), 0.5),
                new ReprintDetector.Item(2, body + "\n编辑：王五", Optional.of(t), 0.6),
                new ReprintDetector.Item(3, body, Optional.of(t), 1.0),
                new ReprintDetector.Item(4, other, Optional.of(t), 1.0),
                new ReprintDetector.Item(5, "短", Optional.empty(), 1.0)));
    assertThat(clusters).hasSize(3);
    assertThat(clusters.get(0).original()).isEqualTo(3);
    assertThat(clusters.get(0).reprints()).containsExactly(2L, 1L);
    assertThat(clusters.get(0).reprintCount()).isEqualTo(2);
  }

  @Test
  void theIndexFindsPlantedNearDuplicatesAmongManyRandomSignatures() {
    java.util.Random random = new java.util.Random(3);
    int n = 20_000;
    int[][] sigs = new int[n][64];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 64; k++) {
        sigs[i][k] = random.nextInt();
      }
    }
    for (int i = 0; i < 100; i++) {
      sigs[n - 1 - i] = sigs[i].clone();
      for (int k = 0; k < 12; k++) {
        sigs[n - 1 - i][random.nextInt(64)] = random.nextInt();
      }
    }
    int[] c = LshClusterer.standard().cluster(sigs);
    for (int i = 0; i < 100; i++) {
      assertThat(c[n - 1 - i]).isEqualTo(c[i]);
    }
    assertThat(java.util.Arrays.stream(c).distinct().count()).isEqualTo(n - 100);
  }
}
