package cn.hinews.core.bench;

import cn.hinews.core.analysis.candidates.Candidate;
import cn.hinews.core.analysis.candidates.CandidateRanker;
import cn.hinews.core.analysis.candidates.CandidateRanker.Entry;
import cn.hinews.core.analysis.candidates.PickModel;
import cn.hinews.core.analysis.candidates.PickTrainer;
import cn.hinews.core.analysis.candidates.RankWeights;
import cn.hinews.core.analysis.candidates.RecentTopics;
import cn.hinews.core.analysis.candidates.SeriesScope;
import cn.hinews.core.bench.DraftCorpus.Text;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One archived issue's period, simulated: the real news dated into it (each article on a day drawn
 * from its id and the issue, so every period has the same articles on other days), the issue's
 * items planted on their own dates (clamped into the period), and every article — item or not —
 * with one or two reprints (drawn the same way for both, so the reprint count says nothing of the
 * label). Only the items' own text is taken from the issue.
 */
record Simulation(
    Issue issue, List<Entry> entries, Set<Long> picks, SeriesScope scope, RecentTopics recent) {
  /** An archived issue: its series, period and items. */
  record Issue(String name, Series series, Period period, List<Planted> items) {
    Issue {
      items = List.copyOf(items);
    }
  }

  /** One item of the issue, with the date it appeared. */
  record Planted(Text text, LocalDate day) {}

  private static final long ITEM_IDS = 1_000_000;
  private static final long REPRINT_IDS = 2_000_000;

  Simulation {
    entries = List.copyOf(entries);
    picks = Set.copyOf(picks);
  }

  Period period() {
    return issue.period();
  }

  /**
   * @param recent the topics of the items of the series' latest archived issues before this one
   */
  static Simulation of(Issue issue, List<Text> news, OutletAuthority outlets, RecentTopics recent) {
    Period p = issue.period();
    long days = ChronoUnit.DAYS.between(p.from(), p.to());
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < news.size(); i++) {
      long id = i + 1;
      LocalDate day = p.from().plusDays(Math.floorMod(mix(issue.name(), id), days + 1));
      entries.add(entry(news.get(i).stored(id, day), news.get(i), issue.name(), day, outlets));
    }
    Set<Long> picks = new java.util.HashSet<>();
    for (int k = 0; k < issue.items().size(); k++) {
      Planted item = issue.items().get(k);
      long id = ITEM_IDS + k;
      LocalDate day = clamp(item.day(), p);
      entries.add(entry(item.text().stored(id, day), item.text(), issue.name(), day, outlets));
      picks.add(id);
    }
    return new Simulation(issue, entries, picks, SeriesScope.of(issue.series()), recent);
  }

  private static Entry entry(
      StoredArticle a, Text t, String issue, LocalDate day, OutletAuthority outlets) {
    int reprints = 1 + (int) Math.floorMod(mix(issue + "/reprints", a.id()), 2);
    List<Long> ids = new ArrayList<>();
    for (int r = 0; r < reprints; r++) {
      ids.add(REPRINT_IDS + a.id() * 4 + r);
    }
    return new Entry(a, t.analysis(), outlets.of(a.article().outlet()), ids, Optional.of(day));
  }

  /** A ranker of this period with a model and the series' scope and recent topics. */
  CandidateRanker ranker(OutletAuthority outlets, PickModel model) {
    return new CandidateRanker(outlets, RankWeights.standard(), model, scope, recent);
  }

  /** The 1-based rank of each pick in the ranking, 0 when it is not a candidate at all. */
  List<Integer> ranks(List<Candidate> ranked) {
    Map<Long, Integer> at = new HashMap<>();
    for (Candidate c : ranked) {
      at.put(c.article().id(), c.rank());
    }
    return picks.stream().sorted().map(id -> at.getOrDefault(id, 0)).toList();
  }

  /** This period's picks against its other candidates, as training examples. */
  PickTrainer.Examples examples(OutletAuthority outlets, Map<String, Double> profile) {
    CandidateRanker featurizer =
        new CandidateRanker(
            outlets,
            RankWeights.standard(),
            new PickModel(PickModel.standard().weights(), profile, 0),
            scope,
            recent);
    Map<Boolean, List<Entry>> split =
        entries.stream().collect(Collectors.partitioningBy(e -> picks.contains(e.article().id())));
    return new PickTrainer.Examples(
        featurizer.features(split.get(true), period()),
        featurizer.features(split.get(false), period()));
  }

  private static long mix(String salt, long id) {
    long h = salt.hashCode() * 0x9E3779B97F4A7C15L + id * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }

  private static LocalDate clamp(LocalDate d, Period p) {
    return d.isBefore(p.from()) ? p.from() : d.isAfter(p.to()) ? p.to() : d;
  }
}
