package cn.hinews.core.store;

import java.util.Optional;

/** The versions of the pick model. */
public interface PickModelRepository {
  Optional<PickModelRow> latest();

  /** Stores a new version; false when that version number exists already (another process). */
  boolean insert(PickModelRow row);
}
