package org.atriumcrm.core.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.atriumcrm.core.spi.CrmModule;
import org.atriumcrm.core.spi.UiContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The UI contributions of the modules installed now, each with the bundle that serves its files. */
@Component(service = UiContributions.class)
public class UiContributions {

    /** A contribution and the bundle it came from. */
    record Registered(UiContribution contribution, Bundle bundle) {
    }

    private final Map<ServiceReference<UiContribution>, Registered> byService = new ConcurrentHashMap<>();
    private final Map<String, String> moduleNames = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(CrmModule module) {
        moduleNames.put(module.id(), module.name());
    }

    void removeModule(CrmModule module) {
        moduleNames.remove(module.id(), module.name());
    }

    /** The module's name by language: the contribution's own, else its {@link CrmModule#name()}, else its id. */
    Map<String, String> name(UiContribution contribution) {
        UiContribution.Label name = contribution.name();
        return name != null ? name.byLanguage()
                : Map.of("en", moduleNames.getOrDefault(contribution.moduleId(), contribution.moduleId()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ServiceReference<UiContribution> reference, UiContribution contribution) {
        byService.put(reference, new Registered(contribution, reference.getBundle()));
    }

    void removeContribution(ServiceReference<UiContribution> reference) {
        byService.remove(reference);
    }

    List<UiContribution> all() {
        return byService.values().stream()
                .map(Registered::contribution)
                .sorted(Comparator.comparing(UiContribution::moduleId))
                .toList();
    }

    Optional<Registered> ofModule(String moduleId) {
        return byService.values().stream()
                .filter(registered -> registered.contribution().moduleId().equals(moduleId))
                .findFirst();
    }
}
