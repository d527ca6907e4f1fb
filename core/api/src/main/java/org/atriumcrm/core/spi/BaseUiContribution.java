package org.atriumcrm.core.spi;

/**
 * A {@link UiContribution} for a module whose components live in the bundle's {@code web/} folder:
 * pass the module id and override the lists you contribute; {@link #script(String)} turns a file
 * name into the URL core serves it at.
 */
public abstract class BaseUiContribution implements UiContribution {

    private final String moduleId;
    private final Label name;

    protected BaseUiContribution(String moduleId) {
        this(moduleId, null);
    }

    /** @param name the module's name over its menu entries, in the UI's languages */
    protected BaseUiContribution(String moduleId, Label name) {
        this.moduleId = moduleId;
        this.name = name;
    }

    @Override
    public Label name() {
        return name;
    }

    @Override
    public final String moduleId() {
        return moduleId;
    }

    /** The URL of a file in the module's web folder, e.g. {@code script("fitness-tab.js")}. */
    protected final String script(String file) {
        return SCRIPT_ROOT + moduleId + "/" + file;
    }

    /** A tab whose element is defined by a script of the same name: {@code <tag>.js}. */
    protected final ClientTab tab(String element, Label label, int order) {
        return new ClientTab(moduleId + "." + element, label, element, script(element + ".js"), order);
    }

    /** A page whose element is defined by a script of the same name, at {@code #/<moduleId>/<route>}. */
    protected final PageView page(String route, String element, Label title) {
        return new PageView(moduleId + "/" + route, title, element, script(element + ".js"));
    }

    /** A menu entry opening a page. */
    protected final MenuEntry menu(PageView page, int order) {
        return new MenuEntry(page.route(), page.title(), page.route(), order);
    }
}
