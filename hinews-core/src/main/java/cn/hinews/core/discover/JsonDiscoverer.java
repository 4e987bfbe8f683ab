package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON and JSONP list endpoints (中国政府网's {@code YAOWENLIEBIAO.json}, 新华网's node lists, 央视网's
 * JSONP): every string under a key that names a link ({@code URL}, {@code LinkUrl}, {@code url},
 * {@code link}, {@code href}…), in document order.
 */
final class JsonDiscoverer implements Discoverer {
  private static final java.util.regex.Pattern CALLBACK =
      java.util.regex.Pattern.compile("[\\w$.]+(?:\\[[\"'][\\w$]+[\"']\\])*\\s*\\(\\s*");
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Discovered discover(EntryPoint entry, EntryPage page) {
    String text =
        new String(
                page.body(),
                page.charset()
                    .map(java.nio.charset.Charset::forName)
                    .orElse(StandardCharsets.UTF_8))
            .strip();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // JSONP: callback( … ); or window["cb"]( … ); or var list = [ … ];
    java.util.regex.Matcher call = CALLBACK.matcher(text);
    int open = call.lookingAt() ? call.end() : firstJson(text);
    if (open > 0) {
      text = text.substring(open); // Jackson stops at the end of the first value
    }
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      return Discovered.failed(
          page.url()
              + ": not JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ")");
    }
    Set<String> links = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    // depth-first in document order: push children in reverse
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          todo.push(node.get(i));
        }
      } else if (node.isObject()) {
        List<Map.Entry<String, JsonNode>> fields = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          fields.add(it.next());
        }
        for (Map.Entry<String, JsonNode> f : fields) {
          if (f.getValue().isTextual() && isLinkKey(f.getKey())) {
            Links.resolve(page.url(), f.getValue().asText()).ifPresent(links::add);
          }
        }
        for (int i = fields.size() - 1; i >= 0; i--) {
          if (fields.get(i).getValue().isContainerNode()) {
            todo.push(fields.get(i).getValue());
          }
        }
      }
    }
    return new Discovered(
        List.copyOf(links),
        List.of(),
        Optional.empty(),
        links.isEmpty() ? List.of(page.url() + ": no link in the JSON") : List.of());
  }

  private static int firstJson(String text) {
    int brace = text.indexOf('{');
    int bracket = text.indexOf('[');
    if (brace < 0) {
      return bracket;
    }
    return bracket < 0 ? brace : Math.min(brace, bracket);
  }

  private static boolean isLinkKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.equals("url")
        || k.equals("link")
        || k.equals("href")
        || k.equals("linkurl")
        || k.equals("shareurl")
        || k.equals("docurl")
        || k.endsWith("_url")
        || k.endsWith("link");
  }
}
