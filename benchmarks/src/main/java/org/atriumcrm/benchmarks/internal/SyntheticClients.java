package org.atriumcrm.benchmarks.internal;

import java.util.Random;

/**
 * Realistic clients in Russian, Spanish and English, the same for a given number on every run:
 * persons and organisations, mobile phones valid for their country, e-mails, and for Russian and
 * Spanish companies a legal entity with a tax id whose checksum is right.
 */
final class SyntheticClients {

    private static final String[][] RU_FIRST = {{"Иван", "ivan"}, {"Алексей", "aleksey"}, {"Дмитрий", "dmitriy"},
        {"Сергей", "sergey"}, {"Андрей", "andrey"}, {"Ольга", "olga"}, {"Елена", "elena"}, {"Наталья", "natalya"},
        {"Мария", "maria"}, {"Татьяна", "tatyana"}, {"Михаил", "mikhail"}, {"Анна", "anna"}};
    private static final String[][] RU_LAST = {{"Петров", "petrov"}, {"Иванов", "ivanov"}, {"Смирнов", "smirnov"},
        {"Кузнецов", "kuznetsov"}, {"Попов", "popov"}, {"Соколов", "sokolov"}, {"Лебедев", "lebedev"},
        {"Козлов", "kozlov"}, {"Новиков", "novikov"}, {"Морозов", "morozov"}, {"Волков", "volkov"}, {"Фёдоров", "fedorov"}};
    private static final String[] RU_WORDS = {"Альфа", "Вектор", "Гранит", "Стройинвест", "Техносила", "Север", "Восход",
        "Меридиан", "Импульс", "Союз", "Орион", "Прогресс"};
    private static final String[] ES_FIRST = {"María", "José", "Antonio", "Carmen", "Francisco", "Lucía", "Javier",
        "Isabel", "Manuel", "Pilar", "Álvaro", "Marta"};
    private static final String[] ES_LAST = {"García", "Fernández", "González", "Rodríguez", "López", "Martínez",
        "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Peña"};
    private static final String[] ES_WORDS = {"Construcciones", "Distribuciones", "Levante", "Ibérica", "Mediterráneo",
        "Transportes", "Aceites", "Soluciones", "Norte", "Cantábrica", "Alimentación", "Reformas"};
    private static final String[] EN_FIRST = {"John", "Emma", "Oliver", "Amelia", "George", "Isla", "Harry", "Ava",
        "Jack", "Mia", "Thomas", "Grace"};
    private static final String[] EN_LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Robinson", "Wright", "Thompson", "Evans"};
    private static final String[] EN_WORDS = {"Northwind", "Harbour", "Crown", "Summit", "Riverside", "Beacon",
        "Granite", "Oakwood", "Sterling", "Pioneer", "Meadow", "Atlas"};
    private static final int[] INN10_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private SyntheticClients() {
    }

    /** Client number {@code n} (0-based) of the data set. */
    static SyntheticClient client(int n) {
        Random random = new Random(0x5EED_0000L + n);
        boolean organisation = random.nextInt(10) < 4;
        return switch (n % 10) {
            case 0, 1, 2, 3 -> russian(n, organisation, random);
            case 4, 5, 6 -> spanish(n, organisation, random);
            default -> english(n, organisation, random);
        };
    }

    private static SyntheticClient russian(int n, boolean organisation, Random random) {
        String[] first = pick(RU_FIRST, random);
        String[] last = pick(RU_LAST, random);
        String operator = "9" + (1 + random.nextInt(8)) + random.nextInt(10);
        String line = digits(random, 7);
        String typed = "+7 (" + operator + ") " + line.substring(0, 3) + "-" + line.substring(3, 5) + "-" + line.substring(5);
        String otherwise = "8 " + operator + " " + line;
        String e164 = "+7" + operator + line;
        if (organisation) {
            String name = "ООО «" + pick(RU_WORDS, random) + " " + (n % 997) + "»";
            return new SyntheticClient(n, true, name, typed, otherwise, e164, "office" + n + "@" + last[1] + ".ru",
                    "RU", "inn", inn10(random));
        }
        return new SyntheticClient(n, false, first[0] + " " + last[0], typed, otherwise, e164,
                first[1] + "." + last[1] + n + "@mail.ru", "RU", null, null);
    }

    private static SyntheticClient spanish(int n, boolean organisation, Random random) {
        String line = "6" + digits(random, 8);
        String typed = "+34 " + line.substring(0, 3) + " " + line.substring(3, 6) + " " + line.substring(6);
        String otherwise = "+34" + line.substring(0, 3) + "-" + line.substring(3, 5) + "-" + line.substring(5, 7) + "-" + line.substring(7);
        String first = pick(ES_FIRST, random);
        String last = pick(ES_LAST, random) + " " + pick(ES_LAST, random);
        if (organisation) {
            String name = pick(ES_WORDS, random) + " " + pick(ES_LAST, random) + " " + (n % 997) + " S.L.";
            return new SyntheticClient(n, true, name, typed, otherwise, "+34" + line, "info" + n + "@empresa" + (n % 500) + ".es",
                    "ES", "taxId", cif(random));
        }
        return new SyntheticClient(n, false, first + " " + last, typed, otherwise, "+34" + line,
                SyntheticClient.fold(first) + "." + SyntheticClient.fold(last.split(" ")[0]) + n + "@gmail.com", "ES", null, null);
    }

    private static SyntheticClient english(int n, boolean organisation, Random random) {
        String line = "7" + (4 + random.nextInt(2)) + digits(random, 8);
        String typed = "+44 " + line.substring(0, 4) + " " + line.substring(4);
        String otherwise = "+44 (0)" + line.substring(0, 4) + "-" + line.substring(4);
        String first = pick(EN_FIRST, random);
        String last = pick(EN_LAST, random);
        if (organisation) {
            String name = pick(EN_WORDS, random) + " " + last + " " + (n % 997) + " Ltd";
            return new SyntheticClient(n, true, name, typed, otherwise, "+44" + line, "hello" + n + "@" + last.toLowerCase() + ".co.uk",
                    "GB", null, null);
        }
        return new SyntheticClient(n, false, first + " " + last, typed, otherwise, "+44" + line,
                first.toLowerCase() + "." + last.toLowerCase() + n + "@outlook.com", "GB", null, null);
    }

    /** A Russian company INN: nine digits and the check digit of their weighted sum. */
    static String inn10(Random random) {
        String digits = (1 + random.nextInt(9)) + digits(random, 8);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * INN10_WEIGHTS[i];
        }
        return digits + (sum % 11) % 10;
    }

    /** A Spanish company CIF of a limited company (B): seven digits and their control digit. */
    static String cif(Random random) {
        String digits = digits(random, 7);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                int doubled = digit * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digit;
            }
        }
        return "B" + digits + (10 - sum % 10) % 10;
    }

    private static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
