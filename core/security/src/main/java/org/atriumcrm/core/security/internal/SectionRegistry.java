package org.atriumcrm.core.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.CrmModule;
import org.atriumcrm.core.spi.Section;
import org.atriumcrm.core.spi.UiContribution.Label;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Core's sections and those every installed module declares. Core's grants to the built-in
 * roles are stored with the roles; a module's come from its section's defaults.
 */
@Component(service = Sections.class)
public class SectionRegistry implements Sections {

    private static final List<Section> CORE = List.of(
            section(CLIENTS, Label.of("Clients", "Clientes", "Клиенты")),
            section(ACTIVITIES, Label.of("Activities", "Actividades", "Активности")),
            section(TASKS, Label.of("Tasks", "Tareas", "Задачи")),
            section(OPPORTUNITIES, Label.of("Opportunities", "Oportunidades", "Сделки")),
            section(SETTINGS, Label.of("Settings", "Ajustes", "Настройки")),
            section(AUTOMATION, Label.of("Automation", "Automatización", "Автоматизация")),
            section(ADMIN, Label.of("Administration", "Administración", "Администрирование")));

    private final List<CrmModule> modules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(CrmModule module) {
        modules.add(module);
    }

    void removeModule(CrmModule module) {
        modules.remove(module);
    }

    @Override
    public List<Section> all() {
        List<Section> all = new ArrayList<>(CORE);
        modules.forEach(module -> all.addAll(module.sections()));
        return all;
    }

    private static Section section(String id, Label label) {
        return new Section(id, label, Map.of());
    }
}
