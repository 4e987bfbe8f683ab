package cn.hinews.core.analysis.text;

import java.util.List;

/**
 * Who and what an article names, each list most frequent first.
 *
 * @param policies documents in 《》 (laws, plans, guidelines, standards)
 * @param organisations institutions, hospitals, companies, government bodies
 * @param places provinces, cities, districts
 * @param people persons
 * @param products products and platforms named in “” (穗小伊, AI孔明)
 */
public record Entities(
    List<String> policies,
    List<String> organisations,
    List<String> places,
    List<String> people,
    List<String> products) {
  public Entities {
    policies = List.copyOf(policies);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    people = List.copyOf(people);
    products = List.copyOf(products);
  }
}
