package ${package}.internal;

import java.util.List;

import org.atriumcrm.core.spi.BaseUiContribution;
import org.atriumcrm.core.spi.UiContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The module's tab on the client card. Core serves the files in src/main/resources/web at
 * /ui/modules/${moduleId}/ and the shell loads the tab's script when the module is installed.
 */
@Component(service = UiContribution.class)
public class ModuleUi extends BaseUiContribution {

    static final String TAB = ModuleDescriptor.ID + "-client-tab";

    public ModuleUi() {
        super(ModuleDescriptor.ID);
    }

    @Override
    public List<ClientTab> clientTabs() {
        return List.of(tab(TAB, Label.of("${moduleName}", "${moduleName}", "${moduleName}"), 500));
    }
}
