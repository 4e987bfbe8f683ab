package cn.hinews.core.analysis.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.analysis.relevance.Relevance;
import cn.hinews.core.analysis.relevance.TopicScore;
import cn.hinews.core.analysis.sentiment.Polarity;
import cn.hinews.core.analysis.sentiment.Sentiment;
import cn.hinews.core.analysis.text.Entities;
import cn.hinews.core.config.ConfigLoader;
import cn.hinews.core.domain.Article;
import cn.hinews.core.domain.Block;
import cn.hinews.core.domain.Period;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import cn.hinews.core.source.SourceRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The series' scope (issue 19): in the monthly (北京) an article about Beijing, or from a Beijing
 * outlet, ranks above an equal national one and its explanation says why; in the weekly (全国) the
 * same articles are equal and nothing is said of Beijing.
 */
class SeriesScopeTest {
  private static final Period MONTH =
      new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
  private static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  private final OutletAuthority outlets = new OutletAuthority(SourceRegistry.defaults());

  @Test
  void aBeijingArticleRanksAboveAnEqualNationalOneInTheMonthlyOnly() {
    // the national one has the lower id: on equal scores it comes first
    CandidateRanker.Entry national = entry(1, "人民网", "多地三甲医院上线智能导诊系统", List.of("广州"));
    CandidateRanker.Entry beijing = entry(2, "人民网", "北京三甲医院上线智能导诊系统", List.of("北京"));
    List<CandidateRanker.Entry> both = List.of(national, beijing);

    List<Candidate> monthly = ranker("monthly").rank(both, MONTH);
    assertThat(monthly).extracting(c -> c.article().id()).containsExactly(2L, 1L);
    assertThat(monthly.get(0).score()).isGreaterThan(monthly.get(1).score());
    assertThat(monthly.get(0).explanation())
        .contains("标题涉及北京（北京）")
        .contains("本刊范围为北京，同等条件下优先于全国性报道")
        .contains("主要因素（较本期候选平均）：本地相关↑");
    assertThat(monthly.get(1).explanation()).doesNotContain("北京").contains("本地相关↓");

    List<Candidate> weekly = ranker("weekly").rank(both, MONTH);
    assertThat(weekly).extracting(c -> c.article().id()).containsExactly(1L, 2L);
    assertThat(weekly.get(0).score()).isEqualTo(weekly.get(1).score());
    assertThat(weekly).allSatisfy(c -> assertThat(c.explanation()).doesNotContain("本刊范围"));
  }

  @Test
  void aBeijingOutletOrBeijingPlacesCountAsTheRegions() {
    CandidateRanker.Entry national = entry(1, "人民网", "三甲医院上线智能导诊系统", List.of("广州"));
    CandidateRanker.Entry outlet = entry(2, "北京日报", "三甲医院上线智能导诊系统", List.of("广州"));
    CandidateRanker.Entry places = entry(3, "人民网", "三甲医院上线智能导诊系统", List.of("海淀区", "广州"));
    SeriesScope beijing = SeriesScope.of(ConfigLoader.defaults().requireSeries("monthly"));

    assertThat(beijing.match(outlet.article(), outlet.analysis(), outlets))
        .isEqualTo(new SeriesScope.Match(1.0, "来源为北京媒体或政府网站（北京日报）"));
    assertThat(beijing.match(places.article(), places.analysis(), outlets))
        .isEqualTo(new SeriesScope.Match(0.5, "正文主要地点涉及北京（海淀区）"));
    assertThat(beijing.match(national.article(), national.analysis(), outlets).level()).isZero();
    assertThat(SeriesScope.national().match(outlet.article(), outlet.analysis(), outlets).level())
        .isZero();

    List<Candidate> monthly = ranker("monthly").rank(List.of(national, places, outlet), MONTH);
    assertThat(monthly).extracting(c -> c.article().id()).containsExactly(2L, 3L, 1L);
  }

  private CandidateRanker ranker(String series) {
    return new CandidateRanker(
        outlets,
        RankWeights.standard(),
        PickModel.standard(),
        SeriesScope.of(ConfigLoader.defaults().requireSeries(series)));
  }

  /** An article whose judgement is the same as every other's here but for its places. */
  private static CandidateRanker.Entry entry(
      long id, String outlet, String title, List<String> places) {
    Article a =
        new Article(
            "https://example.org/" + id,
            title,
            outlet,
            "",
            List.of(),
            List.of(),
            Optional.of(PublishTime.ofDay(DAY, DAY.toString())),
            List.of(Block.paragraph("医院上线智能导诊系统，患者在线预约挂号。")),
            Optional.empty());
    Analysis analysis =
        new Analysis(
            new Relevance(
                0.9,
                0.9,
                -1,
                1,
                0.5,
                List.of(new TopicScore("smart-hospital", "智慧医院与医院信息化", 0.9, List.of("智能导诊")))),
            new Entities(List.of(), List.of(), places, List.of(), List.of()),
            List.of("智能导诊", "医院"),
            new Sentiment(Polarity.NEUTRAL, 0, List.of(), List.of()));
    // an equal authority for every outlet: only the scope may tell them apart
    return new CandidateRanker.Entry(
        new StoredArticle(id, a), analysis, 0.9, List.of(), Optional.of(DAY));
  }
}
