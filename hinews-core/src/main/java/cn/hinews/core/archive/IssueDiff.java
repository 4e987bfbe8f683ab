package cn.hinews.core.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * An issue whose number is stored with other content, side by side: the stored issue's house-format
 * Markdown on the left, the file's on the right, line by line, with the unchanged stretches between
 * changes cut to one line of context each side.
 *
 * @param storedOrigin where the stored issue came from (a file name, or the composer)
 * @param rows the rows of the comparison, in order
 */
public record IssueDiff(String storedOrigin, List<Row> rows) {
  /** Lines of unchanged context kept around a change. */
  static final int CONTEXT = 1;

  public IssueDiff {
    rows = List.copyOf(rows);
  }

  /** What a row shows. */
  public enum Kind {
    /** the same line on both sides */
    SAME,
    /** a line the file has in place of the stored one */
    CHANGED,
    /** a stored line the file does not have */
    REMOVED,
    /** a line only the file has */
    ADDED,
    /** unchanged lines left out ({@code stored} says how many) */
    SKIPPED
  }

  /**
   * One row.
   *
   * @param kind what it shows
   * @param stored the stored issue's line (empty for ADDED)
   * @param imported the file's line (empty for REMOVED)
   */
  public record Row(Kind kind, String stored, String imported) {}

  /** How many rows show a difference. */
  public long changes() {
    return rows.stream().filter(r -> r.kind() != Kind.SAME && r.kind() != Kind.SKIPPED).count();
  }

  /** The comparison of two texts, line by line (longest common subsequence). */
  static IssueDiff of(String storedOrigin, String stored, String imported) {
    List<String> a = lines(stored);
    List<String> b = lines(imported);
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Row> all = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        all.add(new Row(Kind.SAME, a.get(i++), b.get(j++)));
      } else if (j >= b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
        all.add(new Row(Kind.REMOVED, a.get(i++), ""));
      } else {
        all.add(new Row(Kind.ADDED, "", b.get(j++)));
      }
    }
    return new IssueDiff(storedOrigin, withContext(paired(all)));
  }

  /** Removed lines followed by added ones, side by side as changed lines. */
  private static List<Row> paired(List<Row> rows) {
    List<Row> out = new ArrayList<>();
    int k = 0;
    while (k < rows.size()) {
      int removedEnd = k;
      while (removedEnd < rows.size() && rows.get(removedEnd).kind() == Kind.REMOVED) {
        removedEnd++;
      }
      int addedEnd = removedEnd;
      while (addedEnd < rows.size() && rows.get(addedEnd).kind() == Kind.ADDED) {
        addedEnd++;
      }
      if (removedEnd == k) {
        out.add(rows.get(k++));
        continue;
      }
      int removed = removedEnd - k;
      int added = addedEnd - removedEnd;
      for (int n = 0; n < Math.max(removed, added); n++) {
        String left = n < removed ? rows.get(k + n).stored() : "";
        String right = n < added ? rows.get(removedEnd + n).imported() : "";
        Kind kind =
            n < removed && n < added ? Kind.CHANGED : n < removed ? Kind.REMOVED : Kind.ADDED;
        out.add(new Row(kind, left, right));
      }
      k = addedEnd;
    }
    return out;
  }

  private static List<Row> withContext(List<Row> all) {
    List<Row> out = new ArrayList<>();
    int k = 0;
    while (k < all.size()) {
      if (all.get(k).kind() != Kind.SAME) {
        out.add(all.get(k++));
        continue;
      }
      int end = k;
      while (end < all.size() && all.get(end).kind() == Kind.SAME) {
        end++;
      }
      int keepBefore = k == 0 ? 0 : CONTEXT;
      int keepAfter = end == all.size() ? 0 : CONTEXT;
      if (end - k <= keepBefore + keepAfter + 1) {
        out.addAll(all.subList(k, end));
      } else {
        out.addAll(all.subList(k, k + keepBefore));
        int skipped = end - k - keepBefore - keepAfter;
        out.add(new Row(Kind.SKIPPED, String.valueOf(skipped), String.valueOf(skipped)));
        out.addAll(all.subList(end - keepAfter, end));
      }
      k = end;
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }
}
