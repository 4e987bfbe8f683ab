package cn.hinews.core.text;

import java.util.Optional;

/** Issue numbers as bulletins write them: digit by digit, 656 → 六五六, 660 → 六六〇. */
public final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /** Digit-by-digit Chinese numerals for a non-negative number. */
  public static String digitByDigit(int number) {
    if (number < 0) {
      throw new IllegalArgumentException("negative issue number: " + number);
    }
    String decimal = Integer.toString(number);
    StringBuilder out = new StringBuilder(decimal.length());
    for (int i = 0; i < decimal.length(); i++) {
      out.append(DIGITS.charAt(decimal.charAt(i) - '0'));
    }
    return out.toString();
  }

  /**
   * Reads a number written digit by digit (六五六, also with 零 or ○ for zero), positionally (五百五十四) or
   * in ASCII digits.
   */
  public static Optional<Integer> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > 9 ? Optional.empty() : Optional.of(Integer.parseInt(s));
    }
    if (s.indexOf('十') >= 0 || s.indexOf('百') >= 0 || s.indexOf('千') >= 0) {
      return positional(s);
    }
    if (s.length() > 9) {
      return Optional.empty();
    }
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = digit(s.charAt(i));
      if (d < 0) {
        return Optional.empty();
      }
      value = value * 10 + d;
    }
    return Optional.of(value);
  }

  private static Optional<Integer> positional(String s) {
    int total = 0;
    int pending = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        pending = d;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
          };
      if (unit < 0) {
        return Optional.empty();
      }
      total += (pending < 0 ? 1 : pending) * unit;
      pending = -1;
    }
    if (pending > 0) {
      total += pending;
    }
    return Optional.of(total);
  }

  private static int digit(char c) {
    int i = DIGITS.indexOf(c);
    if (i >= 0) {
      return i;
    }
    return switch (c) {
      case '零', '○', 'О', '0' -> 0;
      case '壹' -> 1;
      case '两' -> 2;
      default -> (c >= '0' && c <= '9') ? c - '0' : -1;
    };
  }
}
