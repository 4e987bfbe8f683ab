package cn.hinews.core.analysis.judge;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process draining the analysis backlog is killed with SIGKILL; the next drain finishes the
 * backlog, and every article is judged exactly once for the model version.
 */
class AnalysisRestartIT {
  private static final int ARTICLES = 600;
  @TempDir Path dir;

  /** The child: drains the backlog of a home with one thread until killed. */
  public static final class DrainChild {
    public static void main(String[] args) throws InterruptedException {
      try (Store store = JudgedStore.open(Path.of(args[0]));
          AnalysisStage stage = JudgedStore.stage(store, Clock.systemUTC())) {
        stage.drain(1, (d, l) -> {});
      }
    }
  }

  @Test
  void aKilledDrainLosesNothingAndJudgesNothingTwice() throws Exception {
    Path home = dir.resolve("home");
    try (Store store = JudgedStore.open(home)) {
      JudgedStore.insert(
          store, JudgedStore.articles(ARTICLES, LocalDateTime.of(2026, 3, 2, 8, 0), 3));
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DrainChild.class.getName(),
                home.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    try (Store store = JudgedStore.open(home)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run") < 40
          && System.nanoTime() < deadline
          && child.isAlive()) {
        Thread.sleep(10);
      }
      assertThat(child.isAlive()).as("the child was still draining when killed").isTrue();
      child.destroyForcibly(); // SIGKILL: its leased rows stay leased
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long before = JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run");
      assertThat(before).isGreaterThan(0).isLessThan(ARTICLES);
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_queue"))
          .isEqualTo(ARTICLES - before);

      try (AnalysisStage stage = JudgedStore.stage(store, Clock.systemUTC())) {
        AnalysisStage.DrainReport r = stage.drain(2, (d, l) -> {});
        assertThat(r.judged()).isEqualTo(ARTICLES - (int) before);
        assertThat(r.left().total()).isZero();
      }
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM article_analysis"))
          .isEqualTo(ARTICLES);
      assertThat(JudgedStore.count(store, "SELECT COUNT(*) FROM analysis_run"))
          .as("exactly once per article for the one model version")
          .isEqualTo(ARTICLES);
      assertThat(
              JudgedStore.count(
                  store,
                  "SELECT COUNT(*) FROM (SELECT article_id FROM analysis_run"
                      + " GROUP BY article_id, model_version HAVING COUNT(*) > 1) t"))
          .isZero();
    }
  }
}
