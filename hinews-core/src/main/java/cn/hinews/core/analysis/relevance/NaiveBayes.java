package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes over the distinct content words of a text (binarised counts, Laplace
 * smoothing), trained on on-topic texts (the archive's items) and off-topic ones (editor
 * rejections, other news). Its probability is the sigmoid of the mean log-likelihood ratio per word
 * times {@code sharpness}, so long and short texts are on the same scale. Written and read as a
 * small text file so that it can be retrained and kept.
 */
public final class NaiveBayes implements TextClassifier {
  private static final String HEADER = "# hinews naive-bayes 1";
  private static final double SHARPNESS = 6.0;
  private final Map<String, int[]> counts;
  private final long positiveWords;
  private final long negativeWords;
  private final int vocabulary;

  private NaiveBayes(Map<String, int[]> counts) {
    this.counts = Map.copyOf(counts);
    long p = 0;
    long n = 0;
    for (int[] c : counts.values()) {
      p += c[0];
      n += c[1];
    }
    this.positiveWords = p;
    this.negativeWords = n;
    this.vocabulary = counts.size();
  }

  /** Trains on two sets of token lists. */
  public static NaiveBayes train(List<List<Token>> positives, List<List<Token>> negatives) {
    Map<String, int[]> counts = new HashMap<>();
    for (List<Token> doc : positives) {
      for (String w : features(doc)) {
        counts.computeIfAbsent(w, k -> new int[2])[0]++;
      }
    }
    for (List<Token> doc : negatives) {
      for (String w : features(doc)) {
        counts.computeIfAbsent(w, k -> new int[2])[1]++;
      }
    }
    return new NaiveBayes(counts);
  }

  @Override
  public double probability(List<Token> tokens) {
    Set<String> words = features(tokens);
    double sum = 0;
    int known = 0;
    for (String w : words) {
      int[] c = counts.get(w);
      if (c == null) {
        continue;
      }
      double pPos = (c[0] + 1.0) / (positiveWords + vocabulary);
      double pNeg = (c[1] + 1.0) / (negativeWords + vocabulary);
      sum += Math.log(pPos / pNeg);
      known++;
    }
    if (known == 0) {
      return 0.5;
    }
    return 1 / (1 + Math.exp(-SHARPNESS * sum / known));
  }

  static Set<String> features(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      String w = t.word();
      if (w.length() >= 2 && !t.tag().startsWith("w") && !t.tag().equals("m")) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Writes the model: a header, then {@code word TAB positive-count TAB negative-count}. */
  public void write(Writer out) throws IOException {
    out.write(HEADER + "\n");
    for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(counts).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
    }
  }

  /** Reads a model written by {@link #write}. */
  public static NaiveBayes read(Reader in) throws IOException {
    BufferedReader r = new BufferedReader(in);
    String first = r.readLine();
    if (!HEADER.equals(first)) {
      throw new IOException("not a hinews naive-bayes model: first line is " + first);
    }
    Map<String, int[]> counts = new HashMap<>();
    String line;
    int n = 1;
    while ((line = r.readLine()) != null) {
      n++;
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new IOException("line " + n + ": expected word, positive and negative counts");
      }
      try {
        counts.put(parts[0], new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
      } catch (NumberFormatException e) {
        throw new IOException("line " + n + ": " + e.getMessage(), e);
      }
    }
    return new NaiveBayes(counts);
  }
}
