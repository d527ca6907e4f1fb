package org.atriumcrm.fitness.internal;

import java.util.List;

import org.atriumcrm.core.spi.BaseUiContribution;
import org.atriumcrm.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The fitness module's UI: the memberships tab on the client card and the pages for plans, the
 * check-in desk, classes and trainers, and the renewal report. Core serves web/ at
 * /ui/modules/fitness/; each element is defined by the script of the same name.
 */
@Component(service = UiContribution.class)
public class ModuleUi extends BaseUiContribution {

    static final String TAB = ModuleDescriptor.ID + "-client-tab";
    /** Menu order: after core's entries (clients, pipeline, my day). */
    private static final int FIRST_ORDER = 500;

    private final PageView plans = page("plans", "fitness-plans",
            Label.of("Plans", "Planes", "Тарифы"));
    private final PageView checkins = page("checkins", "fitness-checkins",
            Label.of("Check-ins", "Accesos", "Посещения"));
    private final PageView classes = page("classes", "fitness-classes",
            Label.of("Classes", "Clases", "Занятия"));
    private final PageView renewals = page("renewals", "fitness-renewals",
            Label.of("Renewals", "Renovaciones", "Продления"));

    public ModuleUi() {
        super(ModuleDescriptor.ID, Label.of("Fitness club", "Club de fitness", "Фитнес-клуб"));
    }

    @Override
    public List<ClientTab> clientTabs() {
        return List.of(tab(TAB, Label.of("Memberships", "Membresías", "Абонементы"), 500));
    }

    @Override
    public List<PageView> pages() {
        return List.of(checkins, plans, classes, renewals);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(menu(checkins, FIRST_ORDER), menu(plans, FIRST_ORDER + 10), menu(classes, FIRST_ORDER + 20),
                menu(renewals, FIRST_ORDER + 30));
    }
}
