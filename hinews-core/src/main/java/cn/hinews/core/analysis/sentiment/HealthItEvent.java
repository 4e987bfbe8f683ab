package cn.hinews.core.analysis.sentiment;

/**
 * A negative health-IT event named in a text.
 *
 * @param kind data-leak, outage, ai-misdiagnosis, attack or fine (the keys of sentiment.yml)
 * @param phrase the clause that names it
 */
public record HealthItEvent(String kind, String phrase) {}
