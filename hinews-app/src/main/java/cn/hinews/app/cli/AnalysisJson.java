package cn.hinews.app.cli;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.Relevance;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.sentiment.HealthItEvent;
import cn.hinews.core.analysis.sentiment.Sentiment;
import cn.hinews.core.analysis.text.Entities;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** An analysis as the JSON that {@code analyze} and {@code candidates} print. */
final class AnalysisJson {
  private final ObjectMapper json;

  AnalysisJson(ObjectMapper json) {
    this.json = json;
  }

  /** {@code {"relevance", "entities", "keywords", "sentiment"}} into {@code o}. */
  ObjectNode write(Analysis a, ObjectNode o) {
    Relevance r = a.relevance();
    ObjectNode rel = o.putObject("relevance");
    rel.put("score", r.score());
    rel.put("health", r.health());
    rel.put("coverage", r.coverage());
    if (r.modelScore() >= 0) {
      rel.put("taxonomy", r.taxonomyScore());
      rel.put("model", r.modelScore());
    }
    ArrayNode topics = rel.putArray("topics");
    for (TopicScore t : r.topics()) {
      ObjectNode n = topics.addObject();
      n.put("id", t.id());
      n.put("name", t.name());
      n.put("score", t.score());
      strings(n.putArray("terms"), t.terms());
    }
    Entities e = a.entities();
    ObjectNode ent = o.putObject("entities");
    strings(ent.putArray("policies"), e.policies());
    strings(ent.putArray("organisations"), e.organisations());
    strings(ent.putArray("places"), e.places());
    strings(ent.putArray("people"), e.people());
    strings(ent.putArray("products"), e.products());
    strings(o.putArray("keywords"), a.keywords());
    Sentiment s = a.sentiment();
    ObjectNode sen = o.putObject("sentiment");
    sen.put("polarity", s.polarity().name().toLowerCase(Locale.ROOT));
    sen.put("score", s.score());
    strings(sen.putArray("phrases"), s.phrases());
    ArrayNode events = sen.putArray("events");
    for (HealthItEvent ev : s.events()) {
      events.addObject().put("kind", ev.kind()).put("phrase", ev.phrase());
    }
    return o;
  }

  ObjectNode write(Analysis a) {
    return write(a, json.createObjectNode());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
