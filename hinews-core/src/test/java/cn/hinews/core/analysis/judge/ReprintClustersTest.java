package cn.hinews.core.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.cluster.ReprintCluster;
import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.cluster.ReprintEvaluation;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clusters kept incrementally (each article finds its cluster by band lookup as it is judged)
 * against the batch clustering of the same reprint set.
 */
class ReprintClustersTest {
  @TempDir Path dir;

  @Test
  void incrementalClustersEqualTheBatchClustersOnTheReprintSet() throws InterruptedException {
    List<ReprintEvaluation.Case> cases = ReprintEvaluation.cases(7L);
    Set<Set<Integer>> batch = new HashSet<>();
    List<ReprintDetector.Item> items = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      items.add(new ReprintDetector.Item(i, cases.get(i).body(), Optional.empty(), 0.5));
    }
    for (ReprintCluster c : ReprintDetector.standard().clusters(items)) {
      Set<Integer> members = new HashSet<>();
      members.add((int) c.original());
      c.reprints().forEach(r -> members.add(r.intValue()));
      batch.add(members);
    }

    Set<Set<Integer>> incremental = new HashSet<>();
    try (Store store = JudgedStore.open(dir.resolve("home"));
        AnalysisStage stage = JudgedStore.stage(store, Clock.systemUTC())) {
      Map<Long, Integer> caseOf = new HashMap<>();
      for (int i = 0; i < cases.size(); i++) {
        ReprintEvaluation.Case c = cases.get(i);
        List<Block> body = c.body().lines().map(Block::paragraph).toList();
        Article a =
            new Article(
                "https://reprints.example.cn/" + i,
                c.title(),
                "某网",
                "",
                List.of(),
                List.of(),
                Optional.empty(),
                body,
                Optional.empty());
        long id = store.inTransaction(s -> s.articles().insert(a)).id();
        caseOf.put(id, i);
      }
      stage.drain(2, (d, l) -> {});
      Map<Long, Set<Integer>> byCluster = new HashMap<>();
      for (long id : caseOf.keySet()) {
        long cluster = store.read(s -> s.judgements().find(id)).orElseThrow().clusterId();
        byCluster.computeIfAbsent(cluster, k -> new HashSet<>()).add(caseOf.get(id));
      }
      incremental.addAll(byCluster.values());
    }
    assertThat(incremental).hasSameSizeAs(batch);
    assertThat(incremental).containsExactlyInAnyOrderElementsOf(batch);
  }
}
