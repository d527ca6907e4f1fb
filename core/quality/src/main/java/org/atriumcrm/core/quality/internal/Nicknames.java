package org.atriumcrm.core.quality.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Short forms of first names in the three languages (Вася → Василий, Bob → Robert, Javi → Javier,
 * Pepe → José), so that a person typed once by the short form and once by the full one has one
 * name. Only people's names go through it.
 */
final class Nicknames {

    /** Full name, then its short forms. */
    private static final List<List<String>> NAMES = List.of(
            // Russian
            List.of("Александр", "Саша", "Шура", "Саня"), List.of("Алексей", "Алёша", "Лёша", "Леша"),
            List.of("Анастасия", "Настя"), List.of("Андрей", "Андрюша"), List.of("Василий", "Вася"),
            List.of("Владимир", "Володя", "Вова"), List.of("Дмитрий", "Дима"), List.of("Евгений", "Женя"),
            List.of("Екатерина", "Катя"), List.of("Елена", "Лена"), List.of("Иван", "Ваня"), List.of("Константин", "Костя"),
            List.of("Мария", "Маша"), List.of("Михаил", "Миша"), List.of("Наталья", "Наташа"), List.of("Николай", "Коля"),
            List.of("Ольга", "Оля"), List.of("Павел", "Паша"), List.of("Пётр", "Петя"), List.of("Сергей", "Серёжа", "Сережа"),
            List.of("Светлана", "Света"), List.of("Татьяна", "Таня"), List.of("Юрий", "Юра"), List.of("Людмила", "Люда"),
            List.of("Галина", "Галя"), List.of("Анна", "Аня"), List.of("Григорий", "Гриша"), List.of("Виктор", "Витя"),
            // English
            List.of("Robert", "Bob", "Bobby", "Rob", "Robbie"), List.of("William", "Bill", "Billy", "Will", "Liam"),
            List.of("James", "Jim", "Jimmy"), List.of("Michael", "Mike", "Mick"), List.of("Richard", "Dick", "Rick", "Rich"),
            List.of("Thomas", "Tom", "Tommy"), List.of("Katherine", "Kate", "Katie", "Kathy"), List.of("Elizabeth", "Liz", "Beth", "Betty"),
            List.of("Anthony", "Tony"), List.of("David", "Dave"), List.of("Steven", "Steve"), List.of("Christopher", "Chris"),
            List.of("Joseph", "Joe"), List.of("Daniel", "Dan", "Danny"), List.of("Samuel", "Sam"), List.of("Benjamin", "Ben"),
            List.of("Matthew", "Matt"), List.of("Nicholas", "Nick"), List.of("Patrick", "Pat"), List.of("Jennifer", "Jenny", "Jen"),
            List.of("Susan", "Sue"), List.of("Margaret", "Maggie", "Peggy"), List.of("Edward", "Ed", "Eddie", "Ted"),
            List.of("Charles", "Charlie", "Chuck"), List.of("Jonathan", "Jon"), List.of("Rebecca", "Becky"),
            // Spanish
            List.of("Javier", "Javi"), List.of("José", "Pepe"), List.of("Francisco", "Paco", "Curro"), List.of("Manuel", "Manolo"),
            List.of("Dolores", "Lola"), List.of("Pilar", "Pili"), List.of("Rosario", "Charo"), List.of("Ignacio", "Nacho"),
            List.of("Enrique", "Quique"), List.of("Antonio", "Toni"), List.of("Rafael", "Rafa"), List.of("Fernando", "Fer"),
            List.of("Alejandro", "Álex"), List.of("Guillermo", "Guille"), List.of("Jesús", "Chus"), List.of("Concepción", "Concha", "Conchi"),
            List.of("Mercedes", "Merche"), List.of("Josefa", "Pepa"), List.of("María", "Mari"), List.of("Eduardo", "Edu"));

    private final Map<String, String> fullNames;

    /** @param fold how a word becomes a token: the same folding names get */
    Nicknames(Function<String, String> fold) {
        Map<String, String> map = new HashMap<>();
        for (List<String> names : NAMES) {
            String full = fold.apply(names.get(0));
            for (String shortForm : names.subList(1, names.size())) {
                map.put(fold.apply(shortForm), full);
            }
        }
        this.fullNames = Map.copyOf(map);
    }

    /** The full name of a short form, or the token itself. */
    String fullName(String token) {
        return fullNames.getOrDefault(token, token);
    }
}
