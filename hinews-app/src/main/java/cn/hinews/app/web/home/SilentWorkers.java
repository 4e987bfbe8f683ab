package cn.hinews.app.web.home;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.worker.ClusterStatus;
import cn.hinews.core.worker.Workers;
import java.time.Duration;
import java.util.List;

/** The workers that stopped beating without saying so, as 首页 and 信源 show them. */
public final class SilentWorkers {
  private SilentWorkers() {}

  /** A silent worker: its name, what it ran, and for how many minutes it has said nothing. */
  public record Silent(String name, String roles, long minutes) {}

  public static List<Silent> of(HinewsHome home) {
    List<ClusterStatus.Worker> silent = new Workers(home.store(), home.clock()).silent();
    return silent.stream()
        .map(
            w ->
                new Silent(
                    w.beat().name(),
                    w.beat().roles(),
                    Duration.between(w.beat().beatAt(), home.clock().instant()).toMinutes()))
        .toList();
  }
}
