package cn.hinews.core.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords of one article: content words of two characters or more, counted with the title's words
 * weighing three times, common news words left out; and hot words of a period: the words that the
 * most articles of the period have among their keywords.
 */
public final class KeywordExtractor {
  private static final Set<String> STOP =
      Set.of(
          "记者", "本报", "新华社", "通讯员", "编辑", "责任编辑", "来源", "今年", "去年", "目前", "近日", "日前", "工作", "问题",
          "情况", "方面", "时间", "部分", "进行", "发展", "建设", "我们", "他们", "大家", "同时", "有关", "相关", "方式", "过程",
          "人员", "单位", "能力", "水平", "作用", "体系", "领域", "内容", "服务", "孩子", "人们", "东西", "事情", "时候", "地方",
          "全国", "中国", "国家", "世界", "社会", "一个");

  private static final int LONGEST_JOIN = 4;
  private final Set<String> phrases;

  /** Keywords of single tokens. */
  public KeywordExtractor() {
    this(Set.of());
  }

  /**
   * @param phrases words the segmenter cuts apart that count as one keyword when their pieces stand
   *     next to each other (大模型 from 大 + 模型): the taxonomy's terms
   */
  public KeywordExtractor(Set<String> phrases) {
    this.phrases = Set.copyOf(phrases);
  }

  /** The {@code limit} best keywords of a title's and a body's tokens. */
  public List<String> keywords(List<Token> titleTokens, List<Token> bodyTokens, int limit) {
    Map<String, Double> weight = new HashMap<>();
    add(weight, titleTokens, 3.0);
    add(weight, bodyTokens, 1.0);
    return top(weight, limit).stream().map(Map.Entry::getKey).toList();
  }

  /** The words that the most of these keyword lists share, with the number of lists having each. */
  public List<Map.Entry<String, Integer>> hotWords(List<List<String>> keywordLists, int limit) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> list : keywordLists) {
      for (String w : Set.copyOf(list)) {
        df.merge(w, 1, Integer::sum);
      }
    }
    return top(df, limit);
  }

  /** The {@code limit} entries of highest value, ties in word order. */
  private static <N extends Comparable<N>> List<Map.Entry<String, N>> top(
      Map<String, N> values, int limit) {
    List<Map.Entry<String, N>> entries = new ArrayList<>(values.entrySet());
    entries.sort(
        Map.Entry.<String, N>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return entries.stream().limit(limit).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
  }

  private void add(Map<String, Double> weight, List<Token> tokens, double w) {
    for (int i = 0; i < tokens.size(); i++) {
      int joined = join(tokens, i);
      if (joined > 1) {
        StringBuilder b = new StringBuilder();
        tokens.subList(i, i + joined).forEach(t -> b.append(t.word()));
        weight.merge(b.toString(), w, Double::sum);
        i += joined - 1;
        continue;
      }
      Token t = tokens.get(i);
      String word = t.word();
      if (t.isContentWord()
          && word.length() >= 2
          && !STOP.contains(word)
          && !word.chars().allMatch(Character::isDigit)) {
        weight.merge(word, w, Double::sum);
      }
    }
  }

  /** How many tokens from {@code at} on make one of the phrases (the longest), or 1. */
  private int join(List<Token> tokens, int at) {
    if (phrases.isEmpty()) {
      return 1;
    }
    StringBuilder b = new StringBuilder(tokens.get(at).word());
    int best = 1;
    for (int k = 1; k < LONGEST_JOIN && at + k < tokens.size(); k++) {
      b.append(tokens.get(at + k).word());
      if (phrases.contains(b.toString())) {
        best = k + 1;
      }
    }
    return best;
  }
}
