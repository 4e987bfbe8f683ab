package cn.hinews.app.web;

import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.judge.AnalysisStage;
import cn.hinews.core.analysis.judge.Judgements;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.home.HinewsHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core services the pages share, taken from the one composition root (the opened {@link
 * HinewsHome}): the CLI and the web app use the same objects, built once.
 */
@Configuration
class WebServices {
  @Bean
  CandidateService candidateService(HinewsHome home) {
    return home.candidates();
  }

  @Bean
  AnalysisStage analysisStage(HinewsHome home) {
    return home.analysis();
  }

  @Bean
  Judgements judgements(HinewsHome home) {
    return home.judgements();
  }

  @Bean
  DraftEditor draftEditor(HinewsHome home) {
    return new DraftEditor(home.store());
  }
}
