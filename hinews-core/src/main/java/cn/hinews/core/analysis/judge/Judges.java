package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.cluster.ReprintDetector;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.sentiment.HealthItEvent;
import cn.hinews.core.analysis.text.ArticleText;
import cn.hinews.core.analysis.text.Entities;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import cn.hinews.core.store.Judgement;
import cn.hinews.core.store.Judgement.Term;
import cn.hinews.core.store.Judgement.TermKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns an article's analysis into the judgement stored with it. */
final class Judges {
  private final ReprintDetector reprints;
  private final AnalysisDocument documents;

  Judges(ReprintDetector reprints, AnalysisDocument documents) {
    this.reprints = reprints;
    this.documents = documents;
  }

  Judgement judge(
      StoredArticle stored,
      int revision,
      int modelVersion,
      Analysis analysis,
      SourceRegistry sources,
      OutletAuthority authority,
      Instant now) {
    var a = stored.article();
    Optional<int[]> sig = reprints.signature(ArticleText.of(a).body());
    List<Long> bands =
        sig.map(s -> Arrays.stream(reprints.clusterer().bandKeys(s)).boxed().toList())
            .orElse(List.of());
    String top =
        analysis.relevance().topics().stream()
            .max(Comparator.comparingDouble(TopicScore::score))
            .map(TopicScore::id)
            .orElse("");
    return new Judgement(
        stored.id(),
        revision,
        modelVersion,
        analysis.relevance().score(),
        analysis.relevance().health(),
        analysis.relevance().coverage(),
        authority.of(a.outlet()),
        top,
        analysis.sentiment().polarity().name(),
        sources.kindOf(a.url()).orElse("unknown"),
        a.outlet(),
        a.published().map(PublishTime::value),
        sig.map(Judgement.Signature::new),
        bands,
        analysis.relevance().topics().stream()
            .map(t -> new Judgement.TopicWeight(t.id(), t.score()))
            .toList(),
        terms(analysis),
        documents.write(analysis),
        now);
  }

  private static List<Term> terms(Analysis analysis) {
    List<Term> out = new ArrayList<>();
    analysis.keywords().forEach(k -> out.add(new Term(TermKind.KEYWORD, k)));
    Entities e = analysis.entities();
    e.policies().forEach(p -> out.add(new Term(TermKind.POLICY, p)));
    e.organisations().forEach(o -> out.add(new Term(TermKind.ORGANISATION, o)));
    e.places().forEach(p -> out.add(new Term(TermKind.PLACE, p)));
    e.people().forEach(p -> out.add(new Term(TermKind.PERSON, p)));
    e.products().forEach(p -> out.add(new Term(TermKind.PRODUCT, p)));
    for (HealthItEvent ev : analysis.sentiment().events()) {
      out.add(new Term(TermKind.EVENT, ev.kind()));
    }
    return out;
  }
}
