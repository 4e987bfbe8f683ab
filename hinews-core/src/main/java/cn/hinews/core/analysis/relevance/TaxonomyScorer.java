package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.relevance.Taxonomy.Term;
import cn.hinews.core.analysis.relevance.Taxonomy.Topic;
import cn.hinews.core.analysis.relevance.Taxonomy.Weights;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Relevance from the taxonomy's terms, where they occur and how much of the body names them. */
final class TaxonomyScorer implements RelevanceScorer {
  private final Taxonomy taxonomy;
  private final Weights w;
  private final List<String> informaticsTerms;

  TaxonomyScorer(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.w = taxonomy.weights();
    this.informaticsTerms =
        taxonomy.topics().stream()
            .flatMap(t -> t.terms().stream())
            .map(t -> key(t.text()))
            .distinct()
            .toList();
  }

  @Override
  public Relevance score(ArticleText text, List<Token> tokens) {
    Fields f = Fields.of(text, w.leadChars());
    List<TopicScore> topics = new ArrayList<>();
    double informatics = 0;
    for (Topic topic : taxonomy.topics()) {
      double evidence = 0;
      List<Match> matches = new ArrayList<>();
      for (Term term : topic.terms()) {
        double e = evidence(term, f);
        if (e > 0) {
          evidence += e;
          matches.add(new Match(term.text(), e));
        }
      }
      if (evidence > 0) {
        informatics += evidence;
        matches.sort(Comparator.comparingDouble(Match::evidence).reversed());
        topics.add(
            new TopicScore(
                topic.id(),
                topic.name(),
                round(1 - Math.exp(-evidence / w.topicScale())),
                matches.stream().map(Match::term).toList()));
      }
    }
    double healthEvidence = 0;
    for (Term term : taxonomy.health()) {
      healthEvidence += evidence(term, f);
    }
    double coverage = coverage(f);
    double inf = (1 - Math.exp(-informatics / w.informaticsScale())) * coverage;
    double health = 1 - Math.exp(-healthEvidence / w.healthScale());
    double both = 1 - w.healthOnly() - w.informaticsOnly();
    double score = w.healthOnly() * health + w.informaticsOnly() * inf + both * health * inf;
    topics.sort(Comparator.comparingDouble(TopicScore::score).reversed());
    return new Relevance(round(score), round(score), -1, round(health), round(coverage), topics);
  }

  private double evidence(Term term, Fields f) {
    String t = key(term.text());
    double e =
        w.title() * damp(Occurrences.count(f.title(), t))
            + w.lead() * damp(Occurrences.count(f.lead(), t))
            + w.body() * damp(Occurrences.count(f.rest(), t));
    return term.weight() * e;
  }

  private double coverage(Fields f) {
    long total = 0;
    long covered = 0;
    for (String p : f.paragraphs()) {
      total += p.length();
      if (informaticsTerms.stream().anyMatch(t -> Occurrences.count(p, t) > 0)) {
        covered += p.length();
      }
    }
    double share = total == 0 ? 0 : (double) covered / total;
    boolean titleHit = informaticsTerms.stream().anyMatch(t -> Occurrences.count(f.title(), t) > 0);
    return Math.min(1, (share + (titleHit ? w.titleBonus() : 0)) / w.fullCoverage());
  }

  private static double damp(int count) {
    return count == 0 ? 0 : 1 + Math.log(count);
  }

  static String key(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private record Match(String term, double evidence) {}

  /** The title, the lead and the rest of the body, upper-cased for Latin terms. */
  private record Fields(String title, String lead, String rest, List<String> paragraphs) {
    static Fields of(ArticleText text, int leadChars) {
      String body = key(text.body());
      int cut = Math.min(body.length(), leadChars);
      return new Fields(
          key(text.title()),
          body.substring(0, cut),
          body.substring(cut),
          text.paragraphs().stream().map(TaxonomyScorer::key).toList());
    }
  }
}
