package cn.hinews.core.extract;

import cn.hinews.core.domain.Precision;
import cn.hinews.core.domain.PublishTime;
import cn.hinews.core.domain.Zones;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publish times as Chinese pages write them: 2026年01月16日 10:22, 2026-01-16, 2026/1/16 10:22:05,
 * ISO-8601 with a zone (converted to Beijing time), and relative ones (3小时前, 昨天 10:22).
 */
final class ChineseDates {
  static final Pattern DATE =
      Pattern.compile(
          "(?<![\\d])((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
              + "(?:(?:\\s*T\\s*|\\s+|(?<=日)|(?<=日\\s))(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?"
              + "(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");

  /** A relative time standing alone (刚刚, 3小时前), not inside a sentence (在.NET刚刚推出时). */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?<!\\p{IsHan})(刚刚(?!\\p{IsHan})|(\\d{1,2})\\s*分钟前(?!\\p{IsHan})|(\\d{1,2})\\s*小时前(?!\\p{IsHan})"
              + "|(今天|昨天|前天)\\s*(\\d{1,2})[:：](\\d{2}))");

  private ChineseDates() {}

  /** The first date in {@code text}, at the precision the text shows. */
  static Optional<PublishTime> first(String text, LocalDateTime now) {
    return first(text, now, false);
  }

  /** The first date, passing over notes of adoption when {@code shown} ({@link #firstShown}). */
  private static Optional<PublishTime> first(String text, LocalDateTime now, boolean shown) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      if (shown && adoptionNote(text, m.start(), m.end())) {
        continue;
      }
      Optional<PublishTime> t = of(m, now);
      if (t.isPresent()) {
        return t;
      }
    }
    return relative(text, now);
  }

  /**
   * The text after a date that closes a note of when a text was adopted or approved, as laws and
   * resolutions carry under their headline: （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）.
   */
  private static final Pattern ADOPTION_END =
      Pattern.compile("^[^（()）\\n]{0,60}?(?:通过|批准|修正|修订)\\s*[)）]");

  private static final Pattern NOTE_OPEN = Pattern.compile("[（(]\\s*$");

  /** Whether the date at {@code start}–{@code end} opens a parenthesised note of adoption. */
  static boolean adoptionNote(String text, int start, int end) {
    return NOTE_OPEN.matcher(text.substring(Math.max(0, start - 3), start)).find()
        && ADOPTION_END.matcher(text.substring(end, Math.min(text.length(), end + 80))).find();
  }

  /**
   * The first date in {@code text} that says when the page was published: a note of when the text
   * was adopted or approved ({@link #adoptionNote}) is passed over — the page's metadata or another
   * place tells the publication.
   */
  static Optional<PublishTime> firstShown(String text, LocalDateTime now) {
    return first(text, now, true);
  }

  private static final Pattern SEPARATORS = Pattern.compile("\\d{4}\\s*(\\D)\\s*\\d{1,2}\\s*(\\D)");

  /** 2026-01-16, 2026/1/16, 2026年1月16: the two separators agree (not 2004 - 01/01). */
  private static boolean consistent(String date) {
    Matcher m = SEPARATORS.matcher(date);
    if (!m.find()) {
      return false;
    }
    String a = m.group(1);
    String b = m.group(2);
    return a.equals(b) ? !a.equals("年") : a.equals("年") && b.equals("月");
  }

  private static final Pattern POSTED =
      Pattern.compile("(发表于|发布于|发布时间|发表时间|发布日期|时间|日期|张贴|@|发帖|更新时间|posted|Posted|[^\\s]于)[:：\\s]*$");
  private static final Pattern NOT_POSTED =
      Pattern.compile("(建立于|创建于|注册|加入于|加入时间|最后登录|Copyright|©|生日|出生)[:：\\s]*$");

  /**
   * The most likely publish time among all dates in a page's text: one labelled 发表于/发布时间/@ beats
   * one labelled 建立于 or 注册, the first wins a tie (comments come after the article).
   */
  static Optional<PublishTime> best(String text, LocalDateTime now) {
    Matcher m = DATE.matcher(text);
    Optional<PublishTime> best = Optional.empty();
    int bestScore = Integer.MIN_VALUE;
    int seen = 0;
    while (m.find() && seen++ < 200) {
      Optional<PublishTime> t = of(m, now);
      if (t.isEmpty()) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      int score = 0;
      if (POSTED.matcher(before).find()) {
        score += 3;
      }
      if (NOT_POSTED.matcher(before).find()) {
        score -= 5;
      }
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    if (bestScore < 3) {
      Optional<PublishTime> us = labelledNumeric(text, now, Optional.empty());
      if (us.isPresent()) {
        return us;
      }
    }
    return best.isPresent() ? best : relative(text, now);
  }

  /**
   * 9/17/2004 5:54:13 AM as ASP.NET sites print it, 06/02/2022 - 13:48 as European ones do: taken
   * only after a 发布日期-like label.
   */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?:(?:\\s+|\\s*[-–,]\\s*)(\\d{1,2}):(\\d{2})"
              + "(?::(\\d{2}))?\\s*([AaPp][Mm])?)?(?![\\d/])");

  /**
   * A labelled day/month/year date. Month first (9/17/2004) unless the day must come first
   * (17/9/2004) or the {@code hint} (the page's metadata) says which of the two readings it is.
   */
  static Optional<PublishTime> labelledNumeric(
      String text, LocalDateTime now, Optional<LocalDate> hint) {
    Matcher m = NUMERIC.matcher(text);
    int seen = 0;
    while (m.find() && seen++ < 50) {
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      if (!POSTED.matcher(before).find()) {
        continue;
      }
      try {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        boolean dayFirst =
            a > 12 || hint.filter(h -> a <= 12 && h.equals(dayFirst(year, a, b))).isPresent();
        LocalDate date = dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
        if (date.isAfter(now.toLocalDate().plusDays(2))) {
          continue;
        }
        if (m.group(4) == null) {
          return Optional.of(new PublishTime(date.atStartOfDay(), Precision.DAY, m.group()));
        }
        int hour = Integer.parseInt(m.group(4)) % 12;
        if (m.group(7) == null) {
          hour = Integer.parseInt(m.group(4));
        } else if (m.group(7).equalsIgnoreCase("pm")) {
          hour += 12;
        }
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        return Optional.of(
            new PublishTime(
                date.atTime(hour, Integer.parseInt(m.group(5)), second),
                m.group(6) == null ? Precision.MINUTE : Precision.SECOND,
                m.group()));
      } catch (DateTimeException | NumberFormatException e) {
        // not a date after all (13/45/2004): look further
      }
    }
    return Optional.empty();
  }

  private static LocalDate dayFirst(int year, int day, int month) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return LocalDate.MIN;
    }
  }

  static Optional<PublishTime> of(Matcher m, LocalDateTime now) {
    if (!consistent(m.group())) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      LocalDate date =
          LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (date.isAfter(now.toLocalDate().plusDays(2))) {
        return Optional.empty();
      }
      if (m.group(4) == null) {
        return Optional.of(new PublishTime(date.atStartOfDay(), Precision.DAY, m.group()));
      }
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime t =
          date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
      if (m.group(7) != null) {
        String zone = m.group(7);
        ZoneOffset offset =
            zone.equals("Z")
                ? ZoneOffset.UTC
                : ZoneOffset.of(
                    zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        t = OffsetDateTime.of(t, offset).atZoneSameInstant(Zones.SHANGHAI).toLocalDateTime();
      }
      return Optional.of(
          new PublishTime(t, m.group(6) == null ? Precision.MINUTE : Precision.SECOND, m.group()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<PublishTime> relative(String text, LocalDateTime now) {
    Matcher m = RELATIVE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group(1).equals("刚刚")) {
      return Optional.of(new PublishTime(now, Precision.MINUTE, m.group()));
    }
    if (m.group(2) != null) {
      return Optional.of(
          new PublishTime(
              now.minusMinutes(Integer.parseInt(m.group(2))), Precision.MINUTE, m.group()));
    }
    if (m.group(3) != null) {
      return Optional.of(
          new PublishTime(
              now.minusHours(Integer.parseInt(m.group(3))), Precision.MINUTE, m.group()));
    }
    int back =
        switch (m.group(4)) {
          case "昨天" -> 1;
          case "前天" -> 2;
          default -> 0;
        };
    try {
      LocalDateTime t =
          now.toLocalDate()
              .minusDays(back)
              .atTime(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      return Optional.of(new PublishTime(t, Precision.MINUTE, m.group()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static final Pattern YEAR_MONTH =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");

  /** A month without a day (1996年6月), for pages that show no more. */
  static Optional<PublishTime> yearMonth(String text, LocalDateTime now) {
    Matcher m = YEAR_MONTH.matcher(text);
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        if (!d.isAfter(now.toLocalDate())) {
          return Optional.of(new PublishTime(d.atStartOfDay(), Precision.MONTH, m.group()));
        }
      } catch (DateTimeException e) {
        // 2005年13月: not a month
      }
    }
    return Optional.empty();
  }

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[-/]?(\\d{2})[-/]?(\\d{2})(?:/|\\D)");

  /** A date in the URL: /2026/0116/, /20260116/, /2026-01/16/. */
  static Optional<PublishTime> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Optional.of(new PublishTime(d.atStartOfDay(), Precision.DAY, "url: " + m.group()));
      } catch (DateTimeException e) {
        // not a date after all: keep looking
      }
    }
    return Optional.empty();
  }
}
