package cn.hinews.core.analysis.text;

import java.util.Objects;

/**
 * One word of a segmented text.
 *
 * @param word the word as it stands in the (normalised) text
 * @param tag its part of speech in the PKU/HanLP tag set: {@code n} noun, {@code nr} person, {@code
 *     ns} place, {@code nt} organisation, {@code v} verb, {@code w} punctuation, …
 */
public record Token(String word, String tag) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
  }

  /** Nouns, named entities, nominal verbs and Latin words: what keywords are made of. */
  public boolean isContentWord() {
    return tag.startsWith("n") || tag.equals("vn") || tag.equals("nx") || tag.equals("gi");
  }

  public boolean isPerson() {
    return tag.equals("nr") || tag.equals("nrf") || tag.equals("nrj");
  }

  public boolean isPlace() {
    return tag.equals("ns") || tag.equals("nsf");
  }

  public boolean isOrganisation() {
    return tag.equals("nt") || tag.startsWith("nt") || tag.equals("nis");
  }
}
