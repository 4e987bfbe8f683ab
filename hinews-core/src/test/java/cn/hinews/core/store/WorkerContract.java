package cn.hinews.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What workers sharing one database agree on, against every database we support ({@link
 * H2WorkerTest}, {@link PostgresWorkerIT}): leased URLs, booked hosts, beats and held jobs.
 */
abstract class WorkerContract {
  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  @TempDir Path dir;
  Store store;

  abstract Store freshStore(Path dir) throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = freshStore(dir);
    store.inTransaction(
        s -> {
          for (int i = 0; i < 10; i++) {
            s.frontier().discover("http://a.test/" + i, "a", FrontierEntry.Kind.ARTICLE, T0);
          }
          return null;
        });
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> urls() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add("http://a.test/" + i);
    }
    return out;
  }

  @Test
  void aLeasedUrlIsNobodyElsesUntilGivenBackOrRunOut() {
    Instant now = T0.plusSeconds(1);
    Set<String> one =
        store.inTransaction(
            s -> s.frontierLeases().claim(urls().subList(0, 6), "w1", now, now.plusSeconds(60)));
    Set<String> two =
        store.inTransaction(s -> s.frontierLeases().claim(urls(), "w2", now, now.plusSeconds(60)));
    assertThat(one).hasSize(6);
    assertThat(two).hasSize(4).doesNotContainAnyElementsOf(one);
    // what others hold is not due for anybody, but says that work is pending
    List<FrontierEntry> due = store.read(s -> s.frontier().dueFor(List.of("a"), now, 0, 100));
    long held = store.read(s -> s.frontierLeases().heldDue(List.of("a"), now));
    List<LeaseCount> holders = store.read(s -> s.frontierLeases().holders(now));
    assertThat(due).isEmpty();
    assertThat(held).isEqualTo(10);
    assertThat(holders).containsExactly(new LeaseCount("w1", 6), new LeaseCount("w2", 4));

    // a visited URL is free of its lease and done
    store.inTransaction(
        s -> {
          s.frontier()
              .fetched(
                  "http://a.test/0",
                  now,
                  now,
                  java.util.Optional.empty(),
                  java.util.Optional.empty());
          s.frontierLeases().release(List.of("http://a.test/1"), "w1");
          s.frontierLeases().release(List.of("http://a.test/9"), "w1"); // not w1's: kept
          return null;
        });
    List<FrontierEntry> free = store.read(s -> s.frontier().dueFor(List.of("a"), now, 0, 100));
    assertThat(free).extracting(FrontierEntry::url).containsExactly("http://a.test/1");

    // w2 dies: at the end of its lease its URLs are anybody's
    Instant later = now.plusSeconds(61);
    Set<String> taken =
        store.inTransaction(
            s -> s.frontierLeases().claim(urls(), "w3", later, later.plusSeconds(60)));
    assertThat(taken).hasSize(9).doesNotContain("http://a.test/0");
    int released = store.inTransaction(s -> s.frontierLeases().releaseAll("w3"));
    assertThat(released).isEqualTo(9);
  }

  @Test
  void concurrentClaimsNeverShareAUrl() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<String> all = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> f = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String name = "w" + w;
        f.add(
            pool.submit(
                () -> {
                  Instant now = T0.plusSeconds(1);
                  all.addAll(
                      store.inTransaction(
                          s -> s.frontierLeases().claim(urls(), name, now, now.plusSeconds(60))));
                }));
      }
      for (Future<?> x : f) {
        x.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(all).hasSize(10).doesNotHaveDuplicates();
  }

  @Test
  void hostSlotsKeepTheGapBetweenBookings() {
    Duration gap = Duration.ofSeconds(5);
    Duration first = store.inTransaction(s -> s.workers().bookHost("a.test", gap));
    Duration second = store.inTransaction(s -> s.workers().bookHost("a.test", gap));
    Duration third = store.inTransaction(s -> s.workers().bookHost("a.test", gap));
    Duration other = store.inTransaction(s -> s.workers().bookHost("b.test", gap));
    assertThat(first).isZero();
    assertThat(second).isBetween(Duration.ofMillis(4_000), gap);
    assertThat(third).isBetween(Duration.ofMillis(9_000), gap.multipliedBy(2));
    assertThat(other).isZero();
  }

  private boolean hold(String job, String node, Instant at) {
    Boolean held =
        store.inTransaction(s -> s.workers().holdJob(job, node, at, Duration.ofMinutes(1)));
    return held;
  }

  @Test
  void aJobIsHeldByOneNodeUntilReleasedOrRunOut() {
    assertThat(hold("drafts", "n1", T0)).isTrue();
    assertThat(hold("drafts", "n2", T0)).isFalse();
    assertThat(hold("alerts", "n2", T0)).isTrue();
    assertThat(hold("drafts", "n1", T0.plusSeconds(30))).isTrue();
    // n1 was renewed at +30 s: still its at +80 s, anybody's after +90 s
    assertThat(hold("drafts", "n2", T0.plusSeconds(80))).isFalse();
    assertThat(hold("drafts", "n2", T0.plusSeconds(91))).isTrue();
    store.inTransaction(
        s -> {
          s.workers().releaseJob("drafts", "n2");
          return null;
        });
    assertThat(hold("drafts", "n1", T0.plusSeconds(92))).isTrue();
  }

  @Test
  void beatsAreKeptPerWorkerAndSayWhenItStopped() {
    WorkerBeat b = new WorkerBeat("h:1", "h", 1, "crawl", T0, T0, java.util.Optional.empty(), 0, 0);
    store.inTransaction(
        s -> {
          s.workers().beat(b);
          s.workers()
              .beat(
                  new WorkerBeat(
                      "h:1", "h", 1, "crawl", T0, T0.plusSeconds(10), b.stoppedAt(), 7, 3));
          s.workers().beat(new WorkerBeat("g:2", "g", 2, "analyse", T0, T0, b.stoppedAt(), 0, 0));
          s.workers().stopped("g:2", T0.plusSeconds(5));
          return null;
        });
    List<WorkerBeat> all = store.read(s -> s.workers().workers());
    assertThat(all).extracting(WorkerBeat::name).containsExactly("h:1", "g:2");
    assertThat(all.get(0).fetches()).isEqualTo(7);
    assertThat(all.get(0).beatAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(all.get(1).stoppedAt()).contains(T0.plusSeconds(5));
  }
}
