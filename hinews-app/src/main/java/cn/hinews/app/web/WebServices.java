package cn.hinews.app.web;

import cn.hinews.core.analysis.ArticleAnalyzer;
import cn.hinews.core.analysis.candidates.CandidateService;
import cn.hinews.core.analysis.text.ChineseNlp;
import cn.hinews.core.bulletin.DraftEditor;
import cn.hinews.core.home.HinewsHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core services the pages share (HanLP is loaded once). */
@Configuration
class WebServices {
  @Bean
  ChineseNlp chineseNlp() {
    return ChineseNlp.hanlp();
  }

  @Bean
  CandidateService candidateService(HinewsHome home, ChineseNlp nlp) {
    return new CandidateService(home.store(), home.sources(), home.path(), nlp);
  }

  @Bean
  ArticleAnalyzer articleAnalyzer(HinewsHome home) {
    return home.analyzer();
  }

  @Bean
  DraftEditor draftEditor(HinewsHome home) {
    return new DraftEditor(home.store());
  }
}
