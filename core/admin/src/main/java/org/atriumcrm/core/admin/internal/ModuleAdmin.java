package org.atriumcrm.core.admin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.spi.CrmModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists, installs and removes modules through Karaf's {@link FeaturesService}: the REST API and the
 * console both go through here. Installs use Karaf's default options, as {@code feature:install}
 * does: since core ships {@code org.osgi.service.jpa} 1.1.1 (core/osgi-jpa) a module install
 * refreshes no core bundle, so nothing here has to work around a refresh.
 */
@Component(service = ModuleAdmin.class)
public class ModuleAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleAdmin.class);
    static final String RECORD_TYPE = "Module";

    private final FeaturesService features;
    private final List<CrmModule> running = new CopyOnWriteArrayList<>();

    @Activate
    public ModuleAdmin(@Reference FeaturesService features) {
        this.features = features;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(CrmModule module) {
        running.add(module);
    }

    void removeModule(CrmModule module) {
        running.remove(module);
    }

    /** The modules installed now: every installed module feature and every running module. */
    public List<ModuleInfo> installed() {
        Map<String, ModuleInfo> byId = new LinkedHashMap<>();
        for (ModuleFeature installed : moduleFeatures(true)) {
            byId.put(installed.moduleId(), describe(installed, true));
        }
        for (CrmModule module : running) {
            // a module started without a feature (a bundle installed by hand, a test probe)
            byId.computeIfAbsent(module.id(), id -> new ModuleInfo(id, module.name(), module.version(),
                    module.description(), ModuleInfo.ACTIVE, null, null));
        }
        return sorted(byId.values());
    }

    /** Every module feature in the configured repositories, the installed ones included. */
    public List<ModuleInfo> available() {
        return sorted(moduleFeatures(false).stream()
                .map(candidate -> describe(candidate, features.isInstalled(candidate.feature())))
                .toList());
    }

    public ModuleInfo get(String id) {
        return installed().stream().filter(module -> module.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /**
     * Installs the newest feature of a module; nothing happens if it is installed already.
     *
     * @return whether it was installed now
     * @throws ValidationException when no repository has the module, or Karaf cannot resolve it
     */
    public boolean install(String id) {
        ModuleFeature module = newest(moduleFeatures(false), id).orElseThrow(
                () -> ValidationException.of("id", "no module '" + id + "' in the configured feature repositories"));
        if (features.isInstalled(module.feature())) {
            return false;
        }
        long started = System.nanoTime();
        try {
            features.installFeature(module.feature().getName(), module.feature().getVersion());
        } catch (Exception e) {
            LOG.warn("Module {} could not be installed", id, e);
            throw ValidationException.of("id", "could not be installed: " + e.getMessage());
        }
        LOG.info("Module {} installed from feature {}/{} in {} ms", id, module.feature().getName(),
                module.feature().getVersion(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /**
     * Uninstalls the module's feature. Its tables and data stay; installing it again brings them back.
     *
     * @throws RecordNotFoundException when no feature of that module is installed
     */
    public void remove(String id) {
        ModuleFeature module = moduleFeatures(true).stream().filter(installed -> installed.moduleId().equals(id))
                .findFirst().orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        long started = System.nanoTime();
        try {
            features.uninstallFeature(module.feature().getName(), module.feature().getVersion());
        } catch (Exception e) {
            LOG.warn("Module {} could not be removed", id, e);
            throw new IllegalStateException("Module " + id + " could not be removed: " + e.getMessage(), e);
        }
        LOG.info("Module {} removed in {} ms; its tables stay", id, (System.nanoTime() - started) / 1_000_000);
    }

    /** A module feature as the running module describes itself, or as the feature does while it is not running. */
    private ModuleInfo describe(ModuleFeature candidate, boolean installed) {
        Feature feature = candidate.feature();
        Optional<CrmModule> module = installed
                ? running.stream().filter(started -> started.id().equals(candidate.moduleId())).findFirst()
                : Optional.empty();
        return new ModuleInfo(candidate.moduleId(),
                module.map(CrmModule::name).orElse(firstNonBlank(feature.getDescription(), feature.getName())),
                module.map(CrmModule::version).orElse(feature.getVersion()),
                module.map(CrmModule::description).orElse(feature.getDetails()),
                module.isPresent() ? ModuleInfo.ACTIVE : installed ? ModuleInfo.INSTALLED : ModuleInfo.AVAILABLE,
                feature.getName(), feature.getVersion());
    }

    private List<ModuleFeature> moduleFeatures(boolean installedOnly) {
        try {
            Feature[] candidates = installedOnly ? features.listInstalledFeatures() : features.listFeatures();
            List<ModuleFeature> found = new ArrayList<>();
            for (Feature feature : candidates) {
                ModuleFeature.of(feature).ifPresent(found::add);
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("The feature repositories could not be read: " + e.getMessage(), e);
        }
    }

    private static Optional<ModuleFeature> newest(List<ModuleFeature> candidates, String id) {
        return candidates.stream()
                .filter(candidate -> candidate.moduleId().equals(id))
                .max(Comparator.comparing(ModuleFeature::version));
    }

    private static String firstNonBlank(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    private static List<ModuleInfo> sorted(Collection<ModuleInfo> modules) {
        return modules.stream().sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }
}
