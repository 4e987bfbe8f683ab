package cn.hinews.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code images}: og:image, then the body's own images, none decorative, five at most. */
final class ImagesStep implements ExtractionStep {
  static final int MAX = 5;

  @Override
  public String name() {
    return "images";
  }

  @Override
  public Draft apply(Draft draft) {
    List<String> images = new ArrayList<>();
    draft.parsedPage().head().image().ifPresent(images::add);
    for (String img : draft.found().written().images()) {
      if (!images.contains(img) && images.size() < MAX && !decorative(img)) {
        images.add(img);
      }
    }
    return draft.withImages(images);
  }

  /**
   * A file named for what it is: btn.png, cx-btn.png, share_weixin.gif, qrcode-app.png, logo.svg.
   */
  private static final Pattern DECORATIVE_NAME =
      Pattern.compile(
          "(?i)^(?:[a-z]{1,4}[-_])?(?:btn|button|icon|ico|logo|share|qrcode|qr|erweima|ewm|arrow|spacer"
              + "|space|blank|pixel|loading|avatar|dot|line|bg)(?:[-_.\\d]|$)");

  /** A folder of them (/icons/, /syicon/) or a data URI or an SVG or ICO file. */
  private static final Pattern DECORATIVE_PLACE =
      Pattern.compile("(?i)^data:|/[a-z]{0,4}icons?/|\\.(?:svg|ico)(?:$|\\?)");

  /** A button, icon, logo, share or QR code image, a spacer or a data URI: no lead image. */
  static boolean decorative(String src) {
    String name = src.substring(src.lastIndexOf('/') + 1);
    return DECORATIVE_PLACE.matcher(src).find() || DECORATIVE_NAME.matcher(name).find();
  }
}
