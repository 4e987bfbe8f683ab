package cn.hinews.core.bulletin;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an issue in one output format. Implementations are registered by name in {@link
 * Renderers}; add a format by adding one.
 */
public interface BulletinRenderer {
  /** Writes the issue; the same view gives the same bytes. */
  void render(BulletinView view, OutputStream out) throws IOException;
}
