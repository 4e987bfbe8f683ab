package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A blog's front page or a forum thread holds several posts of one shape, each with its own date
 * stamp: the strongest text block is then one post among several, and the body is the first post
 * (the newest entry of a blog, the opening post of a thread), not the strongest one nor all of
 * them.
 */
final class PostListing {
  /** A numeric date as blogs and forums stamp their posts: 2005-03-18, 2005/3/18, 2005年3月18日. */
  private static final Pattern STAMP =
      Pattern.compile("(19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}");

  /** Plain text a post must hold to count as one. */
  static final int POST_TEXT = 100;

  private PostListing() {}

  /**
   * The element of the first post that matches {@code winner}, the strongest block, when {@code
   * winner} sits in one of several same-shaped, dated posts that the chosen body {@code top} does
   * not single out; null when the page is not a listing of posts.
   */
  static Element firstPost(Element winner, Element top, TextStats lengths, Element body) {
    List<Integer> path = new ArrayList<>();
    for (Element a = winner; a != null && a != body && a.parent() != null; a = a.parent()) {
      Element parent = a.parent();
      List<Element> posts = new ArrayList<>();
      for (Element sibling : parent.children()) {
        if (sameShape(sibling, a) && longEnough(sibling, lengths)) {
          posts.add(sibling);
        }
      }
      // three posts at least: two dated boxes of one shape (a government page's notice and its
      // attachment list) are no listing; the date stamps are looked for only then: a deep
      // nest of single boxes costs no walk over each box's text
      if (posts.size() >= 3 && posts.contains(a)) {
        posts.removeIf(p -> !stamped(p));
      }
      if (posts.size() >= 3 && posts.contains(a)) {
        boolean topHoldsThemAll = top == parent || isAncestor(top, parent);
        boolean topInsideOne = top == a || isAncestor(a, top);
        if (!topHoldsThemAll && !topInsideOne) {
          return null;
        }
        Element first = posts.get(0);
        if (first == a && topInsideOne) {
          return null; // the strongest post is the first one: nothing to change
        }
        return follow(first, path);
      }
      path.add(0, a.elementSiblingIndex());
    }
    return null;
  }

  private static boolean sameShape(Element x, Element y) {
    return x.normalName().equals(y.normalName()) && x.className().equals(y.className());
  }

  private static boolean longEnough(Element e, TextStats lengths) {
    TextStats.Counts len = lengths.at(e);
    return len.plain() >= POST_TEXT && len.links() < len.text() * 0.3;
  }

  /** A date stamp in one of its texts: the first found ends the walk, no text is built. */
  private static boolean stamped(Element e) {
    return e.nodeStream(TextNode.class).anyMatch(t -> STAMP.matcher(t.getWholeText()).find());
  }

  /** The element at the same child path below {@code post}, or the post itself. */
  private static Element follow(Element post, List<Integer> path) {
    Element e = post;
    for (int i : path) {
      if (i >= e.childrenSize()) {
        return post;
      }
      e = e.child(i);
    }
    return e;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }
}
