package cn.hinews.core.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of a seed bulletin with the part it plays, as the variant generator needs to
 * know it: the seeds' own layout is read here by a small state machine that knows the three seeds,
 * independently of the importer's grammar.
 *
 * @param role what the line is
 * @param raw the line as written in the seed
 * @param bare the line without Markdown decoration (heading marks, bold)
 * @param blanksBefore blank lines before it in the seed
 */
record SeedLine(Role role, String raw, String bare, int blanksBefore) {

  /** The parts of a bulletin a line can play. */
  enum Role {
    TITLE,
    NUMBER,
    PUBLISHER,
    DATE,
    LEAD_LABEL,
    LEAD,
    SECTION,
    CAT_ENTRY,
    CAT_OUTLET,
    ITEM_HEAD,
    OUTLET,
    LINK_LABEL,
    LINK_URL,
    CONTENT_LABEL,
    BODY_TITLE,
    DATE_LINE,
    BODY_SUB,
    BODY_CAPTION,
    BODY_TEXT;

    /** A line whose decoration says nothing: the grammar reads it by its words. */
    boolean structural() {
      return switch (this) {
        case LEAD, LINK_URL, BODY_SUB, BODY_CAPTION, BODY_TEXT -> false;
        default -> true;
      };
    }
  }

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\s*[.．]\\s*(.*)$");
  private static final List<Pattern> URLS =
      List.of(
          Pattern.compile("\\]\\((https?://[^)\\s]+)\\)"),
          Pattern.compile("<(https?://[^>\\s]+)>"),
          Pattern.compile("(https?://\\S+)"));

  /** The item number of a numbered line, and its text after the number. */
  static Optional<Matcher> numbered(String bare) {
    Matcher m = NUMBERED.matcher(bare);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  /** The address on a line in any of the seeds' link forms. */
  static Optional<String> url(String raw) {
    for (Pattern p : URLS) {
      Matcher m = p.matcher(raw);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  static String bare(String raw) {
    String s = raw.strip().replaceFirst("^#{1,6}\\s*", "").strip();
    return s.replace("**", "").strip();
  }

  /**
   * Reads a seed's lines with their roles.
   *
   * @param kinds what the importer made of the seed's body lines: which are subheadings and
   *     captions
   */
  static List<SeedLine> read(String seed, BodyKinds kinds) {
    String[] raw = seed.split("\n", -1);
    List<String> texts = new ArrayList<>();
    List<Integer> blanks = new ArrayList<>();
    int gap = 0;
    for (String r : raw) {
      if (r.isBlank()) {
        gap++;
      } else {
        texts.add(r);
        blanks.add(gap);
        gap = 0;
      }
    }
    List<SeedLine> out = new ArrayList<>();
    State s = new State(kinds);
    for (int i = 0; i < texts.size(); i++) {
      String next = i + 1 < texts.size() ? bare(texts.get(i + 1)) : "";
      String b = bare(texts.get(i));
      out.add(new SeedLine(s.role(b, next), texts.get(i), b, blanks.get(i)));
    }
    return out;
  }

  /** The compare keys of the body lines that the original's import made subheadings or captions. */
  record BodyKinds(java.util.Set<String> subheadings, java.util.Set<String> captions) {}

  /** Where the reading is. */
  private static final class State {
    final BodyKinds kinds;
    int part; // 0 header, 1 catalogue, 2 items
    boolean leadNext;
    boolean inBody;
    int expected = 1;
    Role previous;

    State(BodyKinds kinds) {
      this.kinds = kinds;
    }

    Role role(String b, String next) {
      Role r = decide(b, next);
      previous = r;
      return r;
    }

    private Role decide(String b, String next) {
      if (previous == null) {
        return Role.TITLE;
      }
      if (b.contains("信息目录")) {
        part = 1;
        return Role.SECTION;
      }
      if (b.contains("具体内容") && part == 1) {
        part = 2;
        return Role.SECTION;
      }
      if (part == 0) {
        return header(b);
      }
      if (part == 1) {
        return b.startsWith("(") || b.startsWith("（") ? Role.CAT_OUTLET : Role.CAT_ENTRY;
      }
      Optional<Matcher> n = numbered(b);
      if (n.isPresent()
          && Integer.parseInt(n.get().group(1)) == expected
          && next.startsWith("来源")) {
        expected++;
        inBody = false;
        return Role.ITEM_HEAD;
      }
      if (!inBody) {
        return label(b);
      }
      if (previous == Role.CONTENT_LABEL) {
        return b.matches("^\\d{4}-.*") ? Role.DATE_LINE : Role.BODY_TITLE;
      }
      if (previous == Role.BODY_TITLE && b.matches("^\\d{4}-\\d{2}-\\d{2}.*")) {
        return Role.DATE_LINE;
      }
      String key = cn.hinews.core.text.ChineseText.compareKey(b);
      if (kinds.subheadings().contains(key)) {
        return Role.BODY_SUB;
      }
      return kinds.captions().contains(key) ? Role.BODY_CAPTION : Role.BODY_TEXT;
    }

    private Role header(String b) {
      if (leadNext) {
        return Role.LEAD;
      }
      if (b.startsWith("(") || b.startsWith("（")) {
        return Role.NUMBER;
      }
      if (b.contains("研究中心")) {
        return Role.PUBLISHER;
      }
      if (b.startsWith("本期导语")) {
        leadNext = true;
        return Role.LEAD_LABEL;
      }
      return Role.DATE;
    }

    private Role label(String b) {
      if (b.startsWith("来源")) {
        return Role.OUTLET;
      }
      if (b.startsWith("链接")) {
        return Role.LINK_LABEL;
      }
      if (b.startsWith("主要内容")) {
        inBody = true;
        return Role.CONTENT_LABEL;
      }
      return Role.LINK_URL;
    }
  }
}
