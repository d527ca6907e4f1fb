package org.atriumcrm.core.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a module adds to the web UI: menu entries, pages and client-card tabs, each drawn by a web
 * component (a custom element) the module ships. Core serves the files under {@link #webFolder()}
 * of the contributing bundle at {@code /ui/modules/<moduleId>/}, lists the contributions at
 * {@code /api/ui/contributions}, and the shell loads each script with {@code import()} while the
 * service is registered. Extend {@link BaseUiContribution} rather than implementing this.
 */
@ConsumerType
public interface UiContribution {

    /** Where core serves a module's web files; the script URLs below start with it. */
    String SCRIPT_ROOT = "/ui/modules/";

    /** The module id, as in {@link CrmModule#id()}. */
    String moduleId();

    /** Folder in the module bundle whose files are served; {@code web} unless overridden. */
    default String webFolder() {
        return "web";
    }

    /**
     * The module's name in the navigation, where its menu entries are grouped under it;
     * {@code null}: the {@link CrmModule#name()} of the module.
     */
    default Label name() {
        return null;
    }

    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    default List<PageView> pages() {
        return List.of();
    }

    default List<ClientTab> clientTabs() {
        return List.of();
    }

    /**
     * Text in several languages, keyed by language tag ({@code en}, {@code es}, {@code ru});
     * {@code en} is required and used for any language not given.
     */
    record Label(Map<String, String> byLanguage) {

        public Label {
            byLanguage = Map.copyOf(byLanguage);
            if (!byLanguage.containsKey("en")) {
                throw new IllegalArgumentException("A label needs its English text");
            }
        }

        public static Label of(String english, String spanish, String russian) {
            return new Label(Map.of("en", english, "es", spanish, "ru", russian));
        }

        public String in(String language) {
            return byLanguage.getOrDefault(language, byLanguage.get("en"));
        }
    }

    /** A link in the main navigation to one of the module's pages ({@link PageView#route()}). */
    record MenuEntry(String id, Label label, String route, int order) {
    }

    /**
     * A page of the module: the shell shows {@code element} when the location is {@code #/route}.
     *
     * @param element the custom element's tag name, defined by {@code script}
     * @param script  URL of the ES module defining the element, usually {@code /ui/modules/<id>/…}
     */
    record PageView(String route, Label title, String element, String script) {
    }

    /**
     * A tab on the client card; the element gets the client's id in its {@code client-id} attribute.
     *
     * @param order tabs sort by it; core's own tabs use multiples of 100
     */
    record ClientTab(String id, Label label, String element, String script, int order) {
    }
}
