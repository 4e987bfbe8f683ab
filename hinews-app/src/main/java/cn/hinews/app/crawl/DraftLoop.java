package cn.hinews.app.crawl;

import cn.hinews.app.web.security.Users;
import cn.hinews.core.bulletin.AutoDrafter;
import cn.hinews.core.worker.JobLeases;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The automatic drafts inside {@code hinews serve}: every ten minutes the series are checked; a
 * draft that is due is created with its preselection, said on the console and in the audit log.
 * With several web nodes on one database, the node holding the drafts' lease checks (renewed at
 * each check, lost 30 minutes after its node died): a draft is made once.
 */
public final class DraftLoop implements AutoCloseable {
  private final AutoDrafter drafter;
  private final Users users;
  private final PrintWriter log;

  /** One web node makes the drafts, however many share the database. */
  private final JobLeases jobs;

  private static final String JOB = "drafts";
  private static final java.time.Duration JOB_LEASE = java.time.Duration.ofMinutes(30);

  /**
   * What was said of a series that got no draft, so that a check every ten minutes says it once.
   */
  private final java.util.Set<String> said = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hinews-drafts");
            t.setDaemon(true);
            return t;
          });

  public DraftLoop(AutoDrafter drafter, Users users, JobLeases jobs, PrintWriter log) {
    this.drafter = drafter;
    this.jobs = jobs;
    this.users = users;
    this.log = log;
  }

  public void start() {
    executor.scheduleWithFixedDelay(this::check, 1, 10, TimeUnit.MINUTES);
  }

  private void check() {
    try {
      if (!jobs.hold(JOB, JOB_LEASE)) {
        return; // another web node holds the drafts
      }
      for (AutoDrafter.Outcome o : drafter.run()) {
        if (o.created().isEmpty() && !said.add(o.series() + " " + o.note())) {
          continue;
        }
        log.println("drafts: " + o.series() + " " + o.note());
        log.flush();
        users.audit(
            "hinews",
            cn.hinews.core.domain.AuditAction.AUTO_DRAFT,
            o.series() + o.created().map(i -> " " + i.number()).orElse(""),
            // the titles below the line first: the preselected explanations are long and the
            // audit keeps 1,000 characters
            o.note()
                + (o.belowTheLine().isEmpty()
                    ? ""
                    : "；线下候选（未预选）：" + String.join("、", o.belowTheLine()))
                + (o.preselected().isEmpty() ? "" : "：" + String.join("；", o.preselected())));
      }
    } catch (RuntimeException e) {
      log.println("drafts: the check failed and runs again in ten minutes: " + e);
      log.flush();
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
