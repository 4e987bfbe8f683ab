package cn.hinews.core.analysis.candidates;

import cn.hinews.core.analysis.Analysis;
import cn.hinews.core.domain.Series;
import cn.hinews.core.domain.StoredArticle;
import cn.hinews.core.source.OutletAuthority;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scope of a series: national (全国), where no article is preferred for its place, or a region
 * (北京), where an article about the region or from its outlets and government sites ranks above an
 * equal national one. The region's places are read from {@code regions.txt}.
 *
 * @param region the series' region, 全国 for none
 * @param places the names that mark an article as the region's (the region's own name first)
 */
public record SeriesScope(String region, List<String> places) {
  /** How an article matches the scope, and why, in Chinese. */
  public record Match(double level, String reason) {
    static final Match NONE = new Match(0, "");
  }

  private static final String RESOURCE = "regions.txt";

  public SeriesScope {
    places = List.copyOf(places);
  }

  /** The national scope: nothing is preferred for its place. */
  public static SeriesScope national() {
    return new SeriesScope(Series.NATIONAL, List.of());
  }

  /** The scope of a series, with its region's places from the shipped table. */
  public static SeriesScope of(Series series) {
    return of(series.region());
  }

  /** The scope of a region name (全国: national). */
  public static SeriesScope of(String region) {
    if (Series.NATIONAL.equals(region) || region.isBlank()) {
      return national();
    }
    List<String> places = new ArrayList<>();
    places.add(region);
    table().stream()
        .filter(line -> line.startsWith(region + ":"))
        .findFirst()
        .ifPresent(
            line ->
                Arrays.stream(line.substring(region.length() + 1).strip().split("\\s+"))
                    .filter(p -> !p.isBlank() && !p.equals(region))
                    .forEach(places::add));
    return new SeriesScope(region, places);
  }

  /** Whether the series has a region. */
  public boolean regional() {
    return !places.isEmpty();
  }

  /**
   * How an article matches: 1 when its outlet is the region's or its headline names the region, 0.5
   * when the places it names lead with the region's, else 0 (always 0 in a national series).
   */
  public Match match(StoredArticle article, Analysis analysis, OutletAuthority outlets) {
    if (!regional()) {
      return Match.NONE;
    }
    String outlet = article.article().outlet();
    if (outlets.region(outlet).filter(region::equals).isPresent()) {
      return new Match(1.0, "来源为" + region + "媒体或政府网站（" + outlet + "）");
    }
    Optional<String> inTitle = named(article.article().title());
    if (inTitle.isPresent()) {
      return new Match(1.0, "标题涉及" + region + "（" + inTitle.get() + "）");
    }
    List<String> named = analysis.entities().places();
    for (String place : named.subList(0, Math.min(3, named.size()))) {
      if (named(place).isPresent()) {
        return new Match(0.5, "正文主要地点涉及" + region + "（" + place + "）");
      }
    }
    return Match.NONE;
  }

  private Optional<String> named(String text) {
    return places.stream().filter(text::contains).findFirst();
  }

  private static List<String> table() {
    try (InputStream in = SeriesScope.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
