package cn.hinews.core.crawl;

import java.util.concurrent.atomic.AtomicInteger;

/** The counts of one source during a pass (threads add to it). */
final class Tally {
  final AtomicInteger entriesFetched = new AtomicInteger();
  final AtomicInteger entriesNotModified = new AtomicInteger();
  final AtomicInteger linksFound = new AtomicInteger();
  final AtomicInteger newUrls = new AtomicInteger();
  final AtomicInteger articlesNew = new AtomicInteger();
  final AtomicInteger articlesUnchanged = new AtomicInteger();
  final AtomicInteger articlesRevised = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();

  CrawlReport.Counts counts() {
    return new CrawlReport.Counts(
        entriesFetched.get(),
        entriesNotModified.get(),
        linksFound.get(),
        newUrls.get(),
        articlesNew.get(),
        articlesUnchanged.get(),
        articlesRevised.get(),
        failed.get());
  }
}
