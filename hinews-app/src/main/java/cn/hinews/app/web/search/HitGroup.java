package cn.hinews.app.web.search;

import cn.hinews.core.search.SearchDoc;
import cn.hinews.core.search.SearchResult.Hit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article on the results page with the bulletin items that carried it: the article and its
 * items are one line, not two (the article's hit shown when it is on the page, else the first
 * item's).
 */
record HitGroup(Hit shown, List<Hit> items) {
  HitGroup {
    items = List.copyOf(items);
  }

  static List<HitGroup> of(List<Hit> hits) {
    Map<Long, List<Hit>> byArticle = new LinkedHashMap<>();
    for (Hit h : hits) {
      byArticle.computeIfAbsent(h.articleId(), k -> new ArrayList<>()).add(h);
    }
    List<HitGroup> out = new ArrayList<>();
    for (List<Hit> group : byArticle.values()) {
      Hit shown =
          group.stream()
              .filter(h -> h.type() == SearchDoc.Type.ARTICLE)
              .findFirst()
              .orElse(group.get(0));
      out.add(
          new HitGroup(
              shown, group.stream().filter(h -> h.type() == SearchDoc.Type.ITEM).toList()));
    }
    return out;
  }
}
