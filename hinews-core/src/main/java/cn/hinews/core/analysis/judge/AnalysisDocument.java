package cn.hinews.core.analysis.judge;

import cn.hinews.core.analysis.Analysis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An analysis as the JSON document stored with its article, and back: the stored judgement keeps
 * everything the analysis found (topics with their terms, entities, keywords, the sentiment's
 * phrases and events), so readers never analyse again.
 */
public final class AnalysisDocument {
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public String write(Analysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an analysis as JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a stored document; a document that cannot be read is an error naming why. */
  public Analysis read(String document) {
    try {
      return json.readValue(document, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot read a stored analysis: " + e.getOriginalMessage(), e);
    }
  }
}
