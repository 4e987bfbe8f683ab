package cn.hinews.core.bench;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.candidates.ArticleKind;
import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateRanker;
import cn.hinews.core.analysis.candidates.PickFeature;
import cn.hinews.core.analysis.candidates.PickModel;
import cn.hinews.core.analysis.candidates.PickTrainer;
import cn.hinews.core.analysis.candidates.RankWeights;
import cn.hinews.core.analysis.candidates.RecentTopics;
import cn.hinews.core.archive.MarkdownBulletinParser;
import cn.hinews.core.archive.ParsedBulletin;
import cn.hinews.core.archive.ParsedItem;
import cn.hinews.core.bench.DraftCorpus.Text;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Block;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The draft the editor would have made (issue 19): for each archived issue, its period simulated
 * with real news ({@link DraftCorpus}, about a thousand articles dated into the period), its items
 * planted on their own dates, every article of the period (items and news alike) with one or two
 * reprints; then ranked as the inbox ranks — before (relevance, authority, reprints, freshness),
 * with the series' scope, and with a pick model trained leaving that issue out — and the rank of
 * each pick printed, with picks in the top 4 and top 8 and the mean reciprocal rank.
 *
 * <p>Usage: {@code DraftEval [--datasets DIR] [--seeds DIR] [--bulletin B.md ...] [--top N]}
 * (defaults {@code ../shared/datasets}, {@code ../shared/seeds}; {@code --top N} prints each
 * period's first N rows).
 */
public final class DraftEval {
  private final PrintStream out;
  private final OutletAuthority outlets = new OutletAuthority(SourceRegistry.defaults());

  private DraftEval(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path datasets = Path.of("../shared/datasets");
    List<Path> bulletins = new ArrayList<>();
    Path seeds = Path.of("../shared/seeds");
    int top = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--datasets" -> datasets = Path.of(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--bulletin" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            bulletins.add(Path.of(args[++i]));
          }
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    try (Stream<Path> files = Files.list(seeds)) {
      bulletins.addAll(0, files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new DraftEval(out).run(datasets, bulletins, top);
  }

  private void run(Path datasets, List<Path> bulletins, int top) throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    MarkdownBulletinParser parser = new MarkdownBulletinParser(ConfigLoader.defaults());
    List<Simulation.Issue> issues = new ArrayList<>();
    for (Path b : bulletins) {
      ParsedBulletin p = parser.parse(Files.readString(b, StandardCharsets.UTF_8));
      List<Simulation.Planted> items = new ArrayList<>();
      for (ParsedItem item : p.items()) {
        List<String> paragraphs = item.body().stream().map(Block::text).toList();
        items.add(
            new Simulation.Planted(
                DraftCorpus.analysed("item", item.title(), item.outlet(), paragraphs, analyzer),
                item.date().orElse(p.period().to())));
      }
      String name = b.getFileName().toString().replace(".md", "");
      issues.add(new Simulation.Issue(name, p.series(), p.period(), items));
    }
    long started = System.nanoTime();
    List<Text> news = DraftCorpus.load(datasets, analyzer);
    out.printf(
        Locale.ROOT,
        "real news: %d articles analysed in %.1f s; %d of them relevant (≥ %.2f)%n",
        news.size(),
        (System.nanoTime() - started) / 1e9,
        news.stream()
            .filter(t -> t.analysis().relevance().score() >= RankWeights.standard().minRelevance())
            .count(),
        RankWeights.standard().minRelevance());
    describe(news);
    List<Simulation> sims =
        issues.stream().map(i -> Simulation.of(i, news, outlets, recent(i, issues))).toList();
    Table before = new Table("before: relevance, authority, reprints, freshness (RankWeights)");
    Table scoped = new Table("series scope: the standard weights and the region rule");
    Table trained = new Table("pick model, trained leaving the issue out");
    Table noKind =
        new Table("ablation: the pick model without the kind feature, leaving the issue out");
    for (Simulation s : sims) {
      before.add(
          s, new CandidateRanker(outlets, RankWeights.standard()).rank(s.entries(), s.period()));
      scoped.add(s, s.ranker(outlets, PickModel.standard()).rank(s.entries(), s.period()));
      PickModel model = train(sims.stream().filter(o -> o != s).toList());
      out.println("model without " + s.issue().name() + ": " + model.describe());
      List<Candidate> ranked = s.ranker(outlets, model).rank(s.entries(), s.period());
      trained.add(s, ranked);
      noKind.add(
          s,
          s.ranker(
                  outlets,
                  train(
                      sims.stream().filter(o -> o != s).toList(),
                      new PickTrainer(0.05, Set.of(PickFeature.KIND))))
              .rank(s.entries(), s.period()));
      printTop(s, ranked, top);
    }
    out.println("model on every issue: " + train(sims).describe());
    for (Table t : List.of(before, scoped, trained, noKind)) {
      t.print(out);
    }
  }

  private PickModel train(List<Simulation> training) {
    return train(training, PickTrainer.standard());
  }

  private PickModel train(List<Simulation> training, PickTrainer trainer) {
    var profile =
        PickTrainer.topicProfile(
            training.stream()
                .flatMap(s -> s.issue().items().stream())
                .map(p -> p.text().analysis())
                .toList());
    List<PickTrainer.Examples> examples =
        training.stream().map(s -> s.examples(outlets, profile)).toList();
    return trainer.train(examples, profile);
  }

  /**
   * The topics of the items of the latest {@link RecentTopics#ISSUES} archived issues of the same
   * series whose period ended before this issue's began.
   */
  private static RecentTopics recent(Simulation.Issue issue, List<Simulation.Issue> archive) {
    return RecentTopics.of(
        archive.stream()
            .filter(o -> o.series().id().equals(issue.series().id()))
            .filter(o -> o.period().to().isBefore(issue.period().from()))
            .sorted(Comparator.comparing((Simulation.Issue o) -> o.period().to()).reversed())
            .limit(RecentTopics.ISSUES)
            .flatMap(o -> o.items().stream())
            .map(p -> p.text().analysis())
            .toList());
  }

  /** The relevant news of the periods (the candidates other than the items) by channel and kind. */
  private void describe(List<Text> news) {
    List<Text> relevant =
        news.stream()
            .filter(t -> t.analysis().relevance().score() >= RankWeights.standard().minRelevance())
            .toList();
    out.println(
        "news by channel: "
            + new TreeMap<>(news.stream().collect(groupingBy(Text::channel, counting()))));
    out.println(
        "relevant news by channel: "
            + new TreeMap<>(relevant.stream().collect(groupingBy(Text::channel, counting()))));
    out.println(
        "relevant news by kind: "
            + new TreeMap<>(
                relevant.stream()
                    .collect(
                        groupingBy(
                            t -> ArticleKind.of(t.title(), t.analysis().keywords()), counting()))));
    out.println(
        "relevance ≥ 0.8: "
            + relevant.stream()
                .filter(t -> t.analysis().relevance().score() >= 0.8)
                .map(t -> t.title() + "（" + t.channel() + "）")
                .toList());
  }

  private void printTop(Simulation s, List<Candidate> ranked, int top) {
    for (Candidate c : ranked.subList(0, Math.min(top, ranked.size()))) {
      out.printf(
          Locale.ROOT,
          "  %s %2d %s %.3f %s | %s%n",
          s.issue().name(),
          c.rank(),
          s.picks().contains(c.article().id()) ? "★" : " ",
          c.score(),
          c.article().article().title(),
          c.explanation());
    }
  }

  /** The ranks of the picks of every issue under one ranking, and the totals. */
  private static final class Table {
    private final String title;
    private final List<String> rows = new ArrayList<>();
    private int picks;
    private int top4;
    private int top8;
    private double reciprocal;

    Table(String title) {
      this.title = title;
    }

    void add(Simulation s, List<Candidate> ranked) {
      List<Integer> ranks = s.ranks(ranked);
      int t4 = (int) ranks.stream().filter(r -> r > 0 && r <= 4).count();
      int t8 = (int) ranks.stream().filter(r -> r > 0 && r <= 8).count();
      double rr = ranks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).sum();
      picks += ranks.size();
      top4 += t4;
      top8 += t8;
      reciprocal += rr;
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %s – %s | %d | %s | %d/%d | %d/%d | %.3f |",
              s.issue().name(),
              s.period().from(),
              s.period().to(),
              ranked.size(),
              String.join(", ", ranks.stream().map(r -> r > 0 ? "" + r : "—").toList()),
              t4,
              ranks.size(),
              t8,
              ranks.size(),
              rr / ranks.size()));
    }

    void print(PrintStream out) {
      out.println();
      out.println(title);
      out.println("| issue | period | candidates | ranks of the picks | top 4 | top 8 | MRR |");
      out.println("|---|---|---|---|---|---|---|");
      rows.forEach(out::println);
      out.printf(
          Locale.ROOT,
          "| all | | | | %d/%d = %.0f %% (target ≥ 60 %%) | %d/%d = %.0f %% (target ≥ 90 %%) | %.3f |%n",
          top4,
          picks,
          100.0 * top4 / picks,
          top8,
          picks,
          100.0 * top8 / picks,
          reciprocal / picks);
    }
  }
}
