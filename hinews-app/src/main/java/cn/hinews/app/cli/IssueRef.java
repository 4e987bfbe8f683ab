package cn.hinews.app.cli;

import picocli.CommandLine.Option;

/** {@code --series S --number N}: names one issue. */
final class IssueRef {
  @Option(names = "--series", required = true, description = "series id (weekly, monthly, …)")
  String series;

  @Option(names = "--number", required = true, description = "issue number")
  int number;
}
