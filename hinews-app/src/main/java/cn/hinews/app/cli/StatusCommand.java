package cn.hinews.app.cli;

import cn.hinews.core.home.HinewsHome;
import cn.hinews.core.store.LeaseCount;
import cn.hinews.core.store.WorkerBeat;
import cn.hinews.core.worker.ClusterStatus;
import cn.hinews.core.worker.Workers;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "The queues, the leases, the workers' heartbeats and the search index's lag,",
      "for every worker and web node sharing this database.",
      "Exit code 1 when a worker has gone silent."
    })
final class StatusCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT)
          .withZone(cn.hinews.core.domain.Zones.SHANGHAI);

  @picocli.CommandLine.ParentCommand private Cli cli;

  @Override
  public Integer call() {
    try (HinewsHome home = cli.openHome()) {
      ClusterStatus st = new Workers(home.store(), home.clock()).status();
      cli.out()
          .printf(
              Locale.ROOT,
              "抓取队列：到期 %d，租出 %d，失败待重试 %d，放弃 %d，共 %d 个网址%n",
              st.frontier().due(),
              st.frontier().leased(),
              st.frontier().failed(),
              st.frontier().gone(),
              st.frontier().total());
      cli.out()
          .printf(
              Locale.ROOT,
              "分析队列：等待 %d，租出 %d，失败待重试 %d（其中重新评分 %d）%n",
              st.analysis().waiting(),
              st.analysis().leased(),
              st.analysis().failed(),
              st.analysis().rescoring());
      for (LeaseCount c : st.crawlLeases()) {
        cli.out().printf(Locale.ROOT, "  抓取租约 %-28s %d 个网址%n", c.worker(), c.rows());
      }
      for (String w : st.analysisLeases()) {
        cli.out().printf(Locale.ROOT, "  分析租约 %s%n", w);
      }
      printIndex(home);
      cli.out().println("工作进程：" + (st.workers().isEmpty() ? "无" : ""));
      for (ClusterStatus.Worker w : st.workers()) {
        WorkerBeat b = w.beat();
        Duration age = Duration.between(b.beatAt(), st.at());
        cli.out()
            .printf(
                Locale.ROOT,
                "  %-28s %-14s 启动 %s  心跳 %d 秒前  抓取 %d 次  分析 %d 篇  %s%n",
                b.name(),
                b.roles(),
                TIME.format(b.startedAt()),
                Math.max(0, age.toSeconds()),
                b.fetches(),
                b.analysed(),
                b.stoppedAt().isPresent()
                    ? "已停止（" + TIME.format(b.stoppedAt().get()) + "）"
                    : w.silent() ? "失去心跳！" : "运行中");
      }
      return st.silent().isEmpty() ? 0 : 1;
    }
  }

  private void printIndex(HinewsHome home) {
    try {
      cn.hinews.core.search.ArchiveIndexer.Lag lag = home.indexer().lag();
      cli.out()
          .printf(
              Locale.ROOT,
              "检索索引：落后 %d 篇文章%s%n",
              lag.articlesBehind(),
              lag.syncedAt().map(t -> "，上次同步 " + TIME.format(t)).orElse("，尚未同步"));
      if (home.config().search().engine() == cn.hinews.core.config.SearchConfig.Engine.OPENSEARCH
          && !home.indexer().layoutCurrent()) {
        cli.out().println("检索索引由旧版本写入（缺少转载聚类等）：突增基线暂在数据库中计数，跨标点的短语可能检索不到；运行 hinews reindex 重建");
      }
    } catch (RuntimeException e) {
      // a new index that a running serve has not committed yet, or a damaged one: said, not thrown
      org.slf4j.LoggerFactory.getLogger(StatusCommand.class)
          .warn("the search index's bookmark could not be read", e);
      cli.out().println("检索索引：暂时无法读取（尚未建立，或正由运行中的 serve 建立）；hinews reindex 可重建");
    }
  }
}
