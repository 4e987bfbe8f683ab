package cn.hinews.core.store;

import java.util.Optional;

/** The versions of the relevance model. */
public interface ModelRepository {
  Optional<ModelVersion> latest();

  /** Stores a new version; false when that version number exists already (another process). */
  boolean insert(ModelVersion version);
}
