package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.Token;
import java.util.List;

/** A learned model: the probability that a text of these tokens is on topic. */
public interface TextClassifier {
  double probability(List<Token> tokens);
}
