package cn.hinews.core.alert;

import java.util.Map;

/** The Chinese words alerts use for the judgement's codes. */
final class Labels {
  private static final Map<String, String> EVENTS =
      Map.of(
          "data-leak", "数据泄露",
          "outage", "系统故障",
          "ai-misdiagnosis", "AI误诊",
          "attack", "网络攻击",
          "fine", "处罚");
  private static final Map<String, String> POLARITY =
      Map.of("NEGATIVE", "负面", "POSITIVE", "正面", "NEUTRAL", "中性");
  private static final Map<String, String> KINDS =
      Map.of("government", "政府网站", "media", "媒体", "unknown", "其他");

  private Labels() {}

  static String event(String kind) {
    return EVENTS.getOrDefault(kind, kind);
  }

  static String polarity(String code) {
    return POLARITY.getOrDefault(code, code);
  }

  static String sourceKind(String code) {
    return KINDS.getOrDefault(code, code);
  }
}
