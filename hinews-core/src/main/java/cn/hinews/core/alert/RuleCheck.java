package cn.hinews.core.alert;

import cn.hinews.core.search.RuleQueries;
import cn.hinews.core.store.AlertRule;
import cn.hinews.core.store.AlertSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One rule, its query read once: whether a judged article matches, and why (in Chinese, for the
 * message and the 预警 page). The filters are checked first (cheap), the query last.
 */
final class RuleCheck {
  private final AlertRule rule;
  private final RuleQueries.Compiled query;

  RuleCheck(AlertRule rule, RuleQueries.Compiled query) {
    this.rule = rule;
    this.query = query;
  }

  AlertRule rule() {
    return rule;
  }

  /** Why the article matches, or empty when it does not. */
  Optional<String> reason(
      AlertSubject s, RuleQueries.Article text, Map<String, String> topicNames) {
    AlertRule.Filters f = rule.filters();
    List<String> why = new ArrayList<>();
    if (s.relevance() < f.minRelevance()) {
      return Optional.empty();
    }
    if (f.minRelevance() > 0) {
      why.add(String.format(Locale.ROOT, "相关度 %.2f ≥ %.2f", s.relevance(), f.minRelevance()));
    }
    if (!f.topics().isEmpty()) {
      Optional<String> topic = s.topics().stream().filter(f.topics()::contains).findFirst();
      if (topic.isEmpty()) {
        return Optional.empty();
      }
      why.add("主题：" + topicNames.getOrDefault(topic.get(), topic.get()));
    }
    if (!f.outlets().isEmpty()) {
      if (!f.outlets().contains(s.outlet())) {
        return Optional.empty();
      }
      why.add("媒体：" + s.outlet());
    }
    if (!f.sourceKinds().isEmpty()) {
      if (!f.sourceKinds().contains(s.sourceKind())) {
        return Optional.empty();
      }
      why.add("来源类型：" + Labels.sourceKind(s.sourceKind()));
    }
    if (f.polarity().isPresent()) {
      if (!f.polarity().get().equals(s.polarity())) {
        return Optional.empty();
      }
      why.add("倾向：" + Labels.polarity(s.polarity()));
    }
    if (!f.eventKinds().isEmpty()) {
      List<String> events = s.events().stream().filter(f.eventKinds()::contains).toList();
      if (events.isEmpty()) {
        return Optional.empty();
      }
      why.add("负面事件：" + String.join("、", events.stream().map(Labels::event).toList()));
    }
    if (!rule.query().isBlank()) {
      if (!text.matches(query)) {
        return Optional.empty();
      }
      why.add(0, "命中查询“" + rule.query().strip() + "”");
    }
    return Optional.of(why.isEmpty() ? "规则“" + rule.name() + "”" : String.join("；", why));
  }
}
