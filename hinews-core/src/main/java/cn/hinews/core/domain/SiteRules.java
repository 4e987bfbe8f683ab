package cn.hinews.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * CSS selectors for a site the generic extractor reads wrong: where its title, body and publish
 * time are. Each is optional; what is not given is found the generic way.
 */
public record SiteRules(Optional<String> title, Optional<String> body, Optional<String> time) {
  public SiteRules {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(time, "time");
  }

  public static SiteRules none() {
    return new SiteRules(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean isEmpty() {
    return title.isEmpty() && body.isEmpty() && time.isEmpty();
  }
}
