package cn.hinews.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error: redrawn in place on a terminal, a line every few seconds
 * otherwise (a log file or a pipe).
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String label;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPrinted;
  private boolean drawn;

  ProgressBar(PrintWriter err, String label, boolean terminal) {
    this.err = err;
    this.label = label;
    this.terminal = terminal;
  }

  /** The work done so far and what is left. */
  synchronized void update(int done, int remaining) {
    long now = System.nanoTime();
    long every = terminal ? 200_000_000L : 5_000_000_000L;
    if (now - lastPrinted < every) {
      return;
    }
    lastPrinted = now;
    print(done, remaining);
  }

  /** Draws the last state and ends the line. */
  synchronized void finish(int done, int remaining) {
    if (drawn || done > 0) {
      print(done, remaining);
      if (terminal) {
        err.println();
      }
      err.flush();
    }
  }

  private void print(int done, int remaining) {
    int total = done + remaining;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double secs = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
    String line =
        String.format(
            Locale.ROOT,
            "%s [%s%s] %d/%d  %.0f/s",
            label,
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            done,
            total,
            done / secs);
    if (terminal) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
    drawn = true;
  }
}
