package cn.hinews.core.analysis.sentiment;

import cn.hinews.core.analysis.text.ArticleText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Lexicon sentiment by clause, with negation: see sentiment.yml. */
final class LexiconSentiment implements SentimentAnalyzer {
  private static final Pattern CLAUSES = Pattern.compile("[，。！？；,!?;\\n]+");
  private static final int PHRASE_CHARS = 40;

  /** Words that begin with a negator without negating anything (不断提升, 无线网络). */
  private static final Pattern NOT_NEGATION = Pattern.compile("不断|不仅|不少|不久|不同|无线|无人|无论|非常|非遗|未来");

  private final Lexicon lexicon;

  LexiconSentiment(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Sentiment analyze(ArticleText text) {
    double pos = 0;
    double neg = 0;
    Set<String> phrases = new LinkedHashSet<>();
    List<HealthItEvent> events = new ArrayList<>();
    Set<String> eventKinds = new LinkedHashSet<>();
    for (String clause : CLAUSES.split(text.title() + "\n" + text.body())) {
      if (clause.isBlank()) {
        continue;
      }
      for (Map.Entry<String, List<String>> e : lexicon.events().entrySet()) {
        for (String word : e.getValue()) {
          int at = clause.indexOf(word);
          if (at >= 0 && !negated(clause, at, word.length())) {
            neg += lexicon.eventWeight();
            phrases.add(phrase(clause) + " [" + word + "]");
            if (eventKinds.add(e.getKey() + "\u0000" + clause)) {
              events.add(new HealthItEvent(e.getKey(), phrase(clause)));
            }
            break;
          }
        }
      }
      double[] p = words(clause, lexicon.positive(), 1, phrases);
      double[] n = words(clause, lexicon.negative(), -1, phrases);
      pos += p[0] + n[0];
      neg += p[1] + n[1];
    }
    double score = (pos - neg) / (pos + neg + 2);
    Polarity polarity =
        score >= lexicon.threshold()
            ? Polarity.POSITIVE
            : score <= -lexicon.threshold() || !events.isEmpty() && neg > pos
                ? Polarity.NEGATIVE
                : Polarity.NEUTRAL;
    return new Sentiment(
        polarity, Math.round(score * 1000) / 1000.0, phrases.stream().limit(8).toList(), events);
  }

  /**
   * The positive and negative weight of {@code words} in a clause: {@code sign} 1 for praise, −1
   * for blame; a negated word counts for the other side (negated blame half as much).
   */
  private double[] words(String clause, List<String> words, int sign, Set<String> phrases) {
    double pos = 0;
    double neg = 0;
    for (String word : words) {
      int at = clause.indexOf(word);
      if (at >= 0) {
        boolean not = negated(clause, at, word.length());
        if (sign > 0 == !not) {
          pos += not ? 0.5 : 1;
        } else {
          neg += 1;
        }
        phrases.add(phrase(clause) + " [" + (not ? "否" : "") + word + "]");
      }
    }
    return new double[] {pos, neg};
  }

  private boolean negated(String clause, int at, int length) {
    String before =
        NOT_NEGATION
            .matcher(clause.substring(Math.max(0, at - lexicon.negationWindow()), at))
            .replaceAll("");
    for (String n : lexicon.negators()) {
      if (before.contains(n)) {
        return true;
      }
    }
    String after = clause.substring(at + length, Math.min(clause.length(), at + length + 6));
    return lexicon.negatorsAfter().stream().anyMatch(after::contains);
  }

  private static String phrase(String clause) {
    String s = clause.strip();
    return s.length() <= PHRASE_CHARS ? s : s.substring(0, PHRASE_CHARS) + "…";
  }
}
