package cn.hinews.core.analysis.cluster;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reprint clusters of a set of articles: near-duplicate bodies (MinHash, banded index) grouped,
 * the original marked. Titles are left out (reprints reword them); a body that shares only a quoted
 * paragraph with another stays apart, since their shingle sets are far from equal.
 */
public final class ReprintDetector {
  /** Bodies shorter than this (letters and digits) are never clustered: too little to compare. */
  static final int MIN_LETTERS = 60;

  private final MinHash minHash;
  private final LshClusterer clusterer;

  public ReprintDetector(MinHash minHash, LshClusterer clusterer) {
    this.minHash = minHash;
    this.clusterer = clusterer;
  }

  public static ReprintDetector standard() {
    return new ReprintDetector(MinHash.standard(), LshClusterer.standard());
  }

  /**
   * One article to cluster.
   *
   * @param id its id
   * @param body its body text
   * @param published when it appeared, if known
   * @param authority 0..1, how authoritative its outlet is (central and government outlets highest)
   */
  public record Item(long id, String body, Optional<LocalDateTime> published, double authority) {}

  /** The MinHash of the bodies. */
  public MinHash minHash() {
    return minHash;
  }

  /** The banded index the signatures are grouped by. */
  public LshClusterer clusterer() {
    return clusterer;
  }

  /**
   * The signature of a body, or empty when it is too short to compare (fewer than {@value
   * #MIN_LETTERS} letters and digits).
   */
  public java.util.Optional<int[]> signature(String body) {
    return body.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_LETTERS
        ? java.util.Optional.of(minHash.signature(body))
        : java.util.Optional.empty();
  }

  /** Every article in exactly one cluster (most in a cluster of their own), largest first. */
  public List<ReprintCluster> clusters(List<Item> items) {
    List<Item> comparable = new ArrayList<>();
    List<int[]> sigs = new ArrayList<>();
    Map<Long, List<Item>> groups = new LinkedHashMap<>();
    for (Item item : items) {
      if (item.body().codePoints().filter(Character::isLetterOrDigit).count() >= MIN_LETTERS) {
        comparable.add(item);
        sigs.add(minHash.signature(item.body()));
      } else {
        groups.put(item.id(), new ArrayList<>(List.of(item)));
      }
    }
    int[] cluster = clusterer.cluster(sigs.toArray(new int[0][]));
    Map<Integer, List<Item>> byCluster = new LinkedHashMap<>();
    for (int i = 0; i < cluster.length; i++) {
      byCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(comparable.get(i));
    }
    List<List<Item>> all = new ArrayList<>(byCluster.values());
    all.addAll(groups.values());
    Comparator<Item> originalFirst =
        Comparator.comparing(
                (Item i) -> i.published().orElse(LocalDateTime.MAX), Comparator.naturalOrder())
            .thenComparing(Item::authority, Comparator.reverseOrder())
            .thenComparingLong(Item::id);
    List<ReprintCluster> out = new ArrayList<>();
    for (List<Item> members : all) {
      members.sort(originalFirst);
      out.add(
          new ReprintCluster(
              members.get(0).id(),
              members.subList(1, members.size()).stream().map(Item::id).toList()));
    }
    out.sort(Comparator.comparingInt(ReprintCluster::reprintCount).reversed());
    return out;
  }
}
