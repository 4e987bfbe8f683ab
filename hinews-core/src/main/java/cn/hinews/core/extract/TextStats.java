package cn.hinews.core.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * How much visible text each element of a document holds and how much of it is inside links,
 * computed bottom-up in one pass (a page nested ten thousand deep costs time, not stack). Read by
 * the cleaning, the body's scoring, the siblings and the post listing; computed again after the DOM
 * changes, never updated in place.
 *
 * @param byElement the counts of every element, by identity
 */
record TextStats(Map<Element, Counts> byElement) {
  /**
   * One element's text.
   *
   * @param text visible characters (no whitespace) of all its text
   * @param links the part of them inside links
   */
  record Counts(int text, int links) {
    static final Counts NONE = new Counts(0, 0);

    /** The text outside links. */
    int plain() {
      return text - links;
    }

    /** The share of the text inside links; 1 when there is no text. */
    double linkDensity() {
      return text == 0 ? 1 : (double) links / text;
    }
  }

  TextStats {
    byElement = Collections.unmodifiableMap(byElement);
  }

  /** The counts of every element under (and including) {@code root}. */
  static TextStats of(Element root) {
    Elements all = root.getAllElements();
    Map<Element, Counts> m = new IdentityHashMap<>(all.size() * 2);
    // getAllElements is in document order: backwards, every child comes before its parent
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      boolean link = e.nameIs("a");
      int text = 0;
      int links = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          int n = ContentFinder.visibleLength(t.getWholeText());
          text += n;
          if (link) {
            links += n;
          }
        } else if (child instanceof Element c) {
          Counts cl = m.getOrDefault(c, Counts.NONE);
          text += cl.text();
          links += link ? cl.text() : cl.links();
        }
      }
      m.put(e, new Counts(text, links));
    }
    return new TextStats(m);
  }

  /** The counts of {@code e}; none for an element that was not counted. */
  Counts at(Element e) {
    return byElement.getOrDefault(e, Counts.NONE);
  }

  /**
   * The text of an element that no nested block element holds (its own line), for scoring.
   *
   * @param text visible characters
   * @param punctuation punctuation marks among them
   * @param linkText the visible characters inside links
   * @param linkPunctuation the punctuation marks inside links
   */
  record Own(int text, int punctuation, int linkText, int linkPunctuation) {
    static final Own NONE = new Own(0, 0, 0, 0);
  }

  /**
   * For every element under {@code root}, its own line's counts, computed bottom-up in one pass
   * (inline markup nested hundreds deep stays linear).
   */
  static Map<Element, Own> own(Element root) {
    Elements all = root.getAllElements();
    Map<Element, Own> m = new IdentityHashMap<>(all.size() * 2);
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      int text = 0;
      int punctuation = 0;
      int linkText = 0;
      int linkPunctuation = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          String s = t.getWholeText();
          text += ContentFinder.visibleLength(s);
          punctuation += ContentFinder.punctuation(s);
        } else if (child instanceof Element c
            && !ContentFinder.BLOCK_TAGS.contains(c.normalName())) {
          Own theirs = m.getOrDefault(c, Own.NONE);
          text += theirs.text();
          punctuation += theirs.punctuation();
          linkText += theirs.linkText();
          linkPunctuation += theirs.linkPunctuation();
        }
      }
      if (e.nameIs("a")) {
        linkText = text;
        linkPunctuation = punctuation;
      }
      m.put(e, new Own(text, punctuation, linkText, linkPunctuation));
    }
    return Collections.unmodifiableMap(m);
  }
}
