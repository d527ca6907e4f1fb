package org.atriumcrm.core.api;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a merge.
 *
 * @param survivor  the surviving client as stored now
 * @param mergedIds the clients merged into it; their ids now point to the survivor
 * @param moved     how many records followed the survivor: {@code contacts}, {@code legalEntities},
 *                  {@code activities}, {@code tasks}, {@code opportunities}, and each module's by its id
 */
public record MergedClients(Client survivor, List<String> mergedIds, Map<String, Integer> moved) {

    public MergedClients {
        mergedIds = Lists.copyOrEmpty(mergedIds);
        moved = Lists.copyOrEmpty(moved);
    }
}
