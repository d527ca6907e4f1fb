package org.atriumcrm.core.quality.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cities to one folded form whatever the script or spelling: "г. Санкт-Петербург", "St. Petersburg"
 * and "СПб" give the same key; so do "Sevilla" and "Seville".
 */
final class CityNames {

    /** Words naming the kind of place, dropped: "г. Москва", "Ciudad de México". */
    private static final Set<String> PLACE_WORDS = Set.of("g", "gor", "gorod", "pos", "poselok", "s", "selo", "d", "derevnia",
            "ciudad", "city", "of", "de", "town");

    /** Each line: the names one city goes by. */
    private static final List<List<String>> ALIASES = List.of(
            List.of("Санкт-Петербург", "Saint Petersburg", "St Petersburg", "Sankt-Peterburg", "СПб", "Питер", "Петербург",
                    "Ленинград", "San Petersburgo"),
            List.of("Москва", "Moscow", "Мск", "Moscú"),
            List.of("Нижний Новгород", "Nizhny Novgorod", "Н. Новгород", "N. Novgorod"),
            List.of("Екатеринбург", "Ekaterinburg", "Екб"),
            List.of("Ростов-на-Дону", "Rostov-on-Don", "Rostov-na-Donu", "Ростов"),
            List.of("Sevilla", "Seville", "Севилья"),
            List.of("Zaragoza", "Saragossa", "Сарагоса"),
            List.of("A Coruña", "La Coruña", "Coruña", "Corunna"),
            List.of("London", "Londres", "Лондон"),
            List.of("New York", "Nueva York", "NYC", "Нью-Йорк"),
            List.of("Donostia", "San Sebastián", "Donostia-San Sebastián"),
            List.of("Vitoria", "Gasteiz", "Vitoria-Gasteiz"),
            List.of("Girona", "Gerona"),
            List.of("Lleida", "Lérida"),
            List.of("Alicante", "Alacant"),
            List.of("Palma", "Palma de Mallorca"),
            List.of("Bilbao", "Bilbo"));

    private final NameFolder folder;
    private final Map<String, String> canonical;

    CityNames(NameFolder folder) {
        this.folder = folder;
        Map<String, String> map = new HashMap<>();
        for (List<String> names : ALIASES) {
            String first = fold(names.get(0));
            for (String name : names) {
                map.put(fold(name), first);
            }
        }
        this.canonical = Map.copyOf(map);
    }

    /** The city's key, or empty when the text holds no city. */
    Optional<String> key(String city) {
        if (city == null || city.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(city);
        return folded.isEmpty() ? Optional.empty() : Optional.of(canonical.getOrDefault(folded, folded));
    }

    private String fold(String city) {
        List<String> words = folder.foldPlain(city).tokens().stream().filter(word -> !PLACE_WORDS.contains(word)).toList();
        return String.join(" ", words);
    }
}
