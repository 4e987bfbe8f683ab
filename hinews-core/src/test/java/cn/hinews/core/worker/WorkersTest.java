package cn.hinews.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.config.DatabaseConfig;
import cn.hinews.core.store.Store;
import cn.hinews.core.store.WorkerBeat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is shown as silent: a worker without a beat for a minute, unless it stopped or came back. */
class WorkersTest {
  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  @TempDir Path dir;

  @Test
  void silentStoppedReplacedAndForgottenWorkers() {
    try (Store store = Store.open(new DatabaseConfig("", "", ""), dir)) {
      store.inTransaction(
          s -> {
            // alive
            s.workers().beat(beat("m1:1", "m1", "crawl,analyse", NOW.minusSeconds(3600), NOW));
            // silent for five minutes
            s.workers()
                .beat(beat("m2:2", "m2", "analyse", NOW.minusSeconds(3600), NOW.minusSeconds(300)));
            // stopped cleanly: listed, not silent
            s.workers()
                .beat(beat("m3:3", "m3", "crawl", NOW.minusSeconds(3600), NOW.minusSeconds(600)));
            s.workers().stopped("m3:3", NOW.minusSeconds(600));
            // died, and its machine's unit started it again: the old one is not listed
            s.workers()
                .beat(beat("m4:4", "m4", "crawl", NOW.minusSeconds(7200), NOW.minusSeconds(900)));
            s.workers().beat(beat("m4:5", "m4", "crawl", NOW.minusSeconds(800), NOW));
            // silent for two days: forgotten
            s.workers()
                .beat(
                    beat(
                        "m5:6",
                        "m5",
                        "crawl",
                        NOW.minusSeconds(200_000),
                        NOW.minusSeconds(180_000)));
            return null;
          });
      Workers workers = new Workers(store, Clock.fixed(NOW, ZoneOffset.UTC));
      List<ClusterStatus.Worker> listed = workers.list();
      assertThat(listed)
          .extracting(w -> w.beat().name())
          .containsExactlyInAnyOrder("m1:1", "m2:2", "m3:3", "m4:5");
      assertThat(workers.silent()).extracting(w -> w.beat().name()).containsExactly("m2:2");
      ClusterStatus status = workers.status();
      assertThat(status.workers()).hasSize(4);
      assertThat(status.frontier().total()).isZero();
    }
  }

  private static WorkerBeat beat(
      String name, String host, String roles, Instant start, Instant at) {
    return new WorkerBeat(
        name,
        host,
        Long.parseLong(name.substring(name.indexOf(':') + 1)),
        roles,
        start,
        at,
        Optional.empty(),
        0,
        0);
  }
}
