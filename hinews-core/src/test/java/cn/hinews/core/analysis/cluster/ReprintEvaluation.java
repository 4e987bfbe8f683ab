package cn.hinews.core.analysis.cluster;

import cn.hinews.core.analysis.relevance.EvalSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Reprints made from real texts, and pairwise precision and recall of the clustering on them.
 *
 * <p>Originals: the seed items (ten articles on one topic, medical AI, so "distinct articles on the
 * same topic") and the evaluation set's 29 real texts. Each original gets three reprints: a new
 * header line (转载 notice or a date line), a 来源 line, one paragraph dropped (one that is under 30 %
 * of the text, when there are three or more), a changed footer (editor, copyright notice) and a
 * reworded title. Each original is also quoted: one of its paragraphs is set inside another
 * original's body; that quoting article belongs with its host, not with the quoted one.
 */
public final class ReprintEvaluation {
  /** A generated article and its true group (the index of its original). */
  public record Case(String title, String body, int group) {}

  /** Pairwise figures. */
  public record Result(int articles, int truePairs, int foundPairs, int correctPairs) {
    public double precision() {
      return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }
  }

  private static final String[] HEADERS = {
    "本文转载自人民网", "2026-01-05 10:32 来源：光明网", "【导读】本文为转载内容，仅供参考", "央广网北京1月6日消息"
  };
  private static final String[] OUTLETS = {"来源：新华网", "来源：中国新闻网", "来源：健康报", "来源：北京日报客户端"};
  private static final String[] FOOTERS = {
    "（责任编辑：王晓）", "【版权声明】本文转自网络，如有侵权请联系删除。", "更多精彩内容，请关注本站微信公众号。", "编辑：李明 审核：张华"
  };

  private ReprintEvaluation() {}

  /** The originals' paragraphs: seed items, then the evaluation texts. */
  public static List<List<String>> originals() {
    List<List<String>> out = new ArrayList<>();
    for (EvalSet.Doc d : EvalSet.positives()) {
      out.add(d.text().paragraphs());
    }
    for (String raw : EvalSet.rawTexts()) {
      out.add(
          List.of(raw.split("\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
    return out;
  }

  /** Originals, three reprints each, and one quoting article each. */
  public static List<Case> cases(long seed) {
    Random random = new Random(seed);
    List<List<String>> originals = originals();
    List<Case> out = new ArrayList<>();
    for (int g = 0; g < originals.size(); g++) {
      List<String> paras = originals.get(g);
      out.add(new Case("原标题" + g, String.join("\n", paras), g));
      for (int v = 0; v < 3; v++) {
        out.add(reprint(paras, g, random));
      }
    }
    for (int g = 0; g < originals.size(); g++) {
      int host = (g + 1) % originals.size();
      List<String> quoted = originals.get(g);
      List<String> body = new ArrayList<>(originals.get(host));
      String q = quoted.get(random.nextInt(quoted.size()));
      if (q.length() > 200) {
        q = q.substring(0, 200);
      }
      body.add(Math.min(1, body.size()), "正如此前报道所说：“" + q + "”");
      out.add(new Case("评论" + g, String.join("\n", body), host));
    }
    return out;
  }

  private static Case reprint(List<String> paras, int group, Random random) {
    List<String> body = new ArrayList<>(paras);
    int total = paras.stream().mapToInt(String::length).sum();
    if (body.size() >= 3) {
      List<Integer> droppable = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        if (body.get(i).length() < 0.3 * total) {
          droppable.add(i);
        }
      }
      if (!droppable.isEmpty()) {
        body.remove((int) droppable.get(random.nextInt(droppable.size())));
      }
    }
    body.add(0, OUTLETS[random.nextInt(OUTLETS.length)]);
    body.add(0, HEADERS[random.nextInt(HEADERS.length)]);
    body.add(FOOTERS[random.nextInt(FOOTERS.length)]);
    return new Case("转载：标题改写" + group, String.join("\n", body), group);
  }

  /** Clusters the cases with {@code detector} and counts pairs. */
  public static Result measure(List<Case> cases, ReprintDetector detector) {
    List<ReprintDetector.Item> items = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      items.add(new ReprintDetector.Item(i, cases.get(i).body(), Optional.empty(), 0.5));
    }
    int[] clusterOf = new int[cases.size()];
    List<ReprintCluster> clusters = detector.clusters(items);
    for (int c = 0; c < clusters.size(); c++) {
      clusterOf[(int) clusters.get(c).original()] = c;
      for (long id : clusters.get(c).reprints()) {
        clusterOf[(int) id] = c;
      }
    }
    int truePairs = 0;
    int found = 0;
    int correct = 0;
    for (int i = 0; i < cases.size(); i++) {
      for (int j = i + 1; j < cases.size(); j++) {
        boolean same = cases.get(i).group() == cases.get(j).group();
        boolean together = clusterOf[i] == clusterOf[j];
        truePairs += same ? 1 : 0;
        found += together ? 1 : 0;
        correct += same && together ? 1 : 0;
      }
    }
    return new Result(cases.size(), truePairs, found, correct);
  }
}
