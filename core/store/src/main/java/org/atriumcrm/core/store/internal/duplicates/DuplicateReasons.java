package org.atriumcrm.core.store.internal.duplicates;

import java.util.ArrayList;
import java.util.List;

import org.atriumcrm.core.api.ClientMatch;

/**
 * The reasons of a duplicate pair as {@code atr_duplicate_pair.reasons} holds them: one a line,
 * {@code CODE<tab>value<tab>similarity}, strongest first. What does not fit the column is left out
 * from the weakest reason on.
 */
final class DuplicateReasons {

    static final int MAX_LENGTH = 2000;
    private static final char FIELD = '\t';
    private static final char LINE = '\n';

    private DuplicateReasons() {
    }

    static String encode(List<ClientMatch.Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (ClientMatch.Reason reason : reasons) {
            String value = reason.value() == null ? "" : reason.value().replace(FIELD, ' ').replace(LINE, ' ');
            String line = reason.code() + FIELD + value + FIELD + reason.similarity();
            if (text.length() + line.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(LINE);
            }
            text.append(line);
        }
        return text.toString();
    }

    static List<ClientMatch.Reason> decode(String text) {
        List<ClientMatch.Reason> reasons = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return reasons;
        }
        for (String line : text.split(String.valueOf(LINE))) {
            String[] fields = line.split(String.valueOf(FIELD), -1);
            if (fields.length == 3) {
                reasons.add(new ClientMatch.Reason(fields[0], fields[1].isEmpty() ? null : fields[1], Double.parseDouble(fields[2])));
            }
        }
        return reasons;
    }
}
