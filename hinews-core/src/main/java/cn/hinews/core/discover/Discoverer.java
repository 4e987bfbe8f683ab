package cn.hinews.core.discover;

import cn.hinews.core.domain.EntryPoint;

/**
 * Finds article links in a fetched entry point: one per entry type ({@code feed}, {@code sitemap},
 * {@code robots}, {@code list}, {@code json}), chosen by name through {@link Discoverers}.
 * Implementations never throw: what they cannot read is a problem in the result.
 */
@FunctionalInterface
public interface Discoverer {
  Discovered discover(EntryPoint entry, EntryPage page);
}
