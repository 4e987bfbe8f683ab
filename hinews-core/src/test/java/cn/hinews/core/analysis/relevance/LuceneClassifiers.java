package cn.hinews.core.analysis.relevance;

import cn.hinews.core.analysis.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.Classifier;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's classification module over the same HanLP words, for the comparison in the relevance
 * evaluation: each word becomes one ASCII term (its hash in hex) so that Lucene's standard analyzer
 * keeps it whole. Test scope only: it is measured, not shipped.
 */
final class LuceneClassifiers {
  private static final String TEXT = "text";
  private static final String CLASS = "label";

  private LuceneClassifiers() {}

  /** Lucene's SimpleNaiveBayesClassifier trained on these texts. */
  static TextClassifier naiveBayes(List<List<Token>> positives, List<List<Token>> negatives) {
    return train(positives, negatives, false);
  }

  /** Lucene's KNearestNeighborClassifier (k = 5, BM25) over these texts. */
  static TextClassifier nearestNeighbours(
      List<List<Token>> positives, List<List<Token>> negatives) {
    return train(positives, negatives, true);
  }

  private static TextClassifier train(
      List<List<Token>> positives, List<List<Token>> negatives, boolean knn) {
    Analyzer analyzer = new StandardAnalyzer();
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (List<Token> doc : positives) {
          w.addDocument(doc(doc, "pos"));
        }
        for (List<Token> doc : negatives) {
          w.addDocument(doc(doc, "neg"));
        }
      }
      IndexReader reader = DirectoryReader.open(dir);
      Classifier<BytesRef> c =
          knn
              ? new KNearestNeighborClassifier(
                  reader, new BM25Similarity(), analyzer, null, 5, 1, 1, CLASS, TEXT)
              : new SimpleNaiveBayesClassifier(reader, analyzer, null, CLASS, TEXT);
      return tokens -> probability(c, encode(tokens));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double probability(Classifier<BytesRef> c, String text) {
    try {
      double pos = 0;
      double total = 0;
      for (ClassificationResult<BytesRef> r : c.getClasses(text)) {
        total += r.getScore();
        if (r.getAssignedClass().utf8ToString().equals("pos")) {
          pos += r.getScore();
        }
      }
      return total <= 0 ? 0.5 : pos / total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document doc(List<Token> tokens, String label) {
    Document d = new Document();
    d.add(new TextField(TEXT, encode(tokens), Field.Store.YES));
    d.add(new StringField(CLASS, label, Field.Store.YES));
    return d;
  }

  private static String encode(List<Token> tokens) {
    return NaiveBayes.features(tokens).stream()
        .map(w -> "w" + Integer.toHexString(w.hashCode()).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
  }
}
