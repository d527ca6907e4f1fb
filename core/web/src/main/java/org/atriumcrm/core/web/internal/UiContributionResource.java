package org.atriumcrm.core.web.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.atriumcrm.core.spi.UiContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/ui/contributions}: what the installed modules add to the UI. The shell polls it and
 * loads or drops the modules' components as the list changes. Labels come in every language given.
 */
@Component(service = UiContributionResource.class, property = RestResource.ENABLED)
@Path("ui/contributions")
@RequiresSection(RequiresSection.ANY_USER)
@Produces(MediaType.APPLICATION_JSON)
public class UiContributionResource {

    public record Menu(String id, Map<String, String> label, String route, int order) {
    }

    public record Page(String route, Map<String, String> title, String element, String script) {
    }

    public record Tab(String id, Map<String, String> label, String element, String script, int order) {
    }

    /** @param name the module's name in each language given, over its menu entries */
    public record Contribution(String moduleId, Map<String, String> name, List<Menu> menuEntries, List<Page> pages,
                               List<Tab> clientTabs) {

        static Contribution of(UiContribution contribution, Map<String, String> name) {
            return new Contribution(contribution.moduleId(), name,
                    contribution.menuEntries().stream()
                            .map(m -> new Menu(m.id(), m.label().byLanguage(), m.route(), m.order())).toList(),
                    contribution.pages().stream()
                            .map(p -> new Page(p.route(), p.title().byLanguage(), p.element(), p.script())).toList(),
                    contribution.clientTabs().stream()
                            .map(t -> new Tab(t.id(), t.label().byLanguage(), t.element(), t.script(), t.order())).toList());
        }
    }

    private final UiContributions contributions;

    @Activate
    public UiContributionResource(@Reference UiContributions contributions) {
        this.contributions = contributions;
    }

    @GET
    public List<Contribution> list() {
        return contributions.all().stream().map(c -> Contribution.of(c, contributions.name(c))).toList();
    }
}
