package cn.hinews.core.analysis.text;

import cn.hinews.core.text.ChineseNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named entities of a normalised text: 《policy documents》 and “products” by their brackets and
 * context, organisations, places and people from the segmenter's tags.
 */
public final class EntityExtractor {
  private static final Pattern POLICY = Pattern.compile("《([^《》\\n]{4,80})》");

  /** Organisation words that name no one in particular (该平台, 多家医院, 医疗机构). */
  private static final Pattern GENERIC_ORG =
      Pattern.compile("^(该|本|多家|各|全市|全省|全国|相关|有关|部分|一些|这些|其他|其它)|^(医疗机构|医院|平台|中心|公司)$");

  /**
   * What the segmenter tags as an organisation but is a phrase around one: it opens with a
   * preposition or a verb (以国家区域医疗中心、县级三甲医院), lists several (、), or runs past a name's length.
   */
  private static final Pattern NOT_A_NAME =
      Pattern.compile("^(以|对|在|由|把|将|为|从|向|按|与|和|及|通过|推动|推进|加强|支持|依托|围绕)|[、，,；;]|^.{26,}$");

  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n，。,;；:：!！?？、]{2,12})[”\"]");
  private static final Pattern LAUNCH_BEFORE =
      Pattern.compile("(上线|推出|发布|启用|打造|研发|名为|接入|部署|亮相|升级|开发|引入|使用|依托)$");
  private static final Pattern PLATFORM_AFTER =
      Pattern.compile("^(智能体|大模型|模型|平台|系统|小程序|APP|App|app|助手|机器人|一体机|终端|服务)");
  private static final int MAX = 10;

  /** Entities of a normalised text and its tokens. */
  public Entities extract(String normalized, List<Token> tokens) {
    Map<String, Integer> orgs = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    Map<String, Integer> people = new LinkedHashMap<>();
    for (Token t : tokens) {
      String word = EDGE_PUNCTUATION.matcher(t.word()).replaceAll("");
      int len = word.length();
      if (t.isOrganisation()
          && len >= 3
          && !GENERIC_ORG.matcher(word).find()
          && !NOT_A_NAME.matcher(word).find()) {
        orgs.merge(word, 1, Integer::sum);
      } else if (t.isPlace() && len >= 2) {
        places.merge(word, 1, Integer::sum);
      } else if (t.isPerson() && ChineseNames.plausibleHanName(word)) {
        people.merge(word, 1, Integer::sum);
      }
    }
    return new Entities(
        matches(POLICY, normalized), top(orgs), top(places), top(people), products(normalized));
  }

  private static List<String> matches(Pattern p, String text) {
    Map<String, Integer> found = new LinkedHashMap<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.merge(m.group(1).strip(), 1, Integer::sum);
    }
    return top(found);
  }

  private static List<String> products(String text) {
    Map<String, Integer> found = new LinkedHashMap<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 4), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
      if (LAUNCH_BEFORE.matcher(before).find() || PLATFORM_AFTER.matcher(after).find()) {
        found.merge(m.group(1).strip(), 1, Integer::sum);
      }
    }
    return top(found);
  }

  private static List<String> top(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    return entries.stream().limit(MAX).map(Map.Entry::getKey).toList();
  }
}
