package org.atriumcrm.fitness.internal;

import java.util.List;

import org.atriumcrm.core.spi.BaseUiContribution;
import org.atriumcrm.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;

/** The memberships tab on the client card; core serves web/ at /ui/modules/fitness/. */
@Component(service = UiContribution.class)
public class ModuleUi extends BaseUiContribution {

    static final String TAB = ModuleDescriptor.ID + "-client-tab";

    public ModuleUi() {
        super(ModuleDescriptor.ID);
    }

    @Override
    public List<ClientTab> clientTabs() {
        return List.of(tab(TAB, Label.of("Memberships", "Membresías", "Абонементы"), 500));
    }
}
