package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The top bar with a module installed, in a real headless Chromium: core's sections, a menu named
 * after the module holding its pages, administration last; each menu works from the keyboard as a
 * WAI-ARIA menu button, and at 390 px the bar folds into one menu button and still fits. The
 * module's menu goes when the module is removed, without a reload.
 */
public class NavigationUiIT {

    private static final String FITNESS_MENU = "button[aria-controls='menu-module-fitness']";
    private static final String FITNESS_ITEMS = "#menu-module-fitness [role=menuitem]";

    // an Atrium of its own: it installs and removes the fitness module
    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("navigation", "/clients")
            .preparedBy(NavigationUiIT::installFitness).withAtriumOfItsOwn();

    @Rule
    public final TestRule pages = UI.pageChecks();

    /** The fitness module, installed and answering. */
    private static void installFitness(Api api) throws Exception {
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus("/api/fitness/plans", 200, Duration.ofSeconds(60));
    }

    @Test
    public void theModulesPagesAreOneMenuNamedAfterItAndTheBarIsOneRow() throws Exception {
        wide();
        WebElement fitness = UI.browser().find(FITNESS_MENU);
        assertEquals("Fitness club", fitness.getText());
        assertEquals("true", fitness.getAttribute("aria-haspopup"));
        assertEquals("false", fitness.getAttribute("aria-expanded"));
        assertEquals(4, UI.browser().all(FITNESS_ITEMS).size());
        assertTrue("the module's entries are in its closed menu",
                UI.browser().all(FITNESS_ITEMS).stream().noneMatch(WebElement::isDisplayed));
        UI.browser().find("button[aria-controls='menu-quality']");
        UI.browser().find("button[aria-controls='menu-admin']");

        List<WebElement> top = UI.browser().all("nav .nav-bar > li");
        assertTrue("a few entries, not every page: " + top.size(), top.size() <= 7);
        long rows = top.stream().map(item -> item.getLocation().getY()).distinct().count();
        assertEquals("the top bar is one row", 1, rows);
        UI.browser().screenshot("navigation-desktop");
    }

    @Test
    public void aMenuOpensMovesAndClosesFromTheKeyboard() throws Exception {
        wide();
        WebElement fitness = UI.browser().find(FITNESS_MENU);
        UI.browser().script("arguments[0].focus()", fitness);
        fitness.sendKeys(Keys.ENTER);
        UI.browser().until(page -> "true".equals(fitness.getAttribute("aria-expanded")));
        UI.browser().until(page -> "/fitness/checkins".equals(focusedRoute()));
        UI.browser().screenshot("navigation-menu-open");
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals("/fitness/plans", focusedRoute());
        active().sendKeys(Keys.END);
        assertEquals("/fitness/renewals", focusedRoute());
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals("Down wraps to the first", "/fitness/checkins", focusedRoute());
        active().sendKeys(Keys.ARROW_UP);
        assertEquals("Up wraps to the last", "/fitness/renewals", focusedRoute());
        active().sendKeys(Keys.ESCAPE);
        UI.browser().until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
        assertEquals("Escape gives the focus back to the button", "menu-module-fitness-button",
                UI.browser().script("return document.activeElement.id"));

        fitness.sendKeys(Keys.ARROW_UP);
        UI.browser().until(page -> "/fitness/renewals".equals(focusedRoute()));
        active().sendKeys(Keys.HOME);
        assertEquals("/fitness/checkins", focusedRoute());
        active().sendKeys(Keys.ENTER);
        UI.browser().until(page -> UI.browser().driver().getCurrentUrl().endsWith("#/fitness/checkins"));
        UI.browser().until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
        UI.browser().find("fitness-checkins");
    }

    @Test
    public void atPhoneWidthTheBarIsOneMenuButtonAndFits() throws Exception {
        try {
            UI.browser().driver().manage().window().setSize(new Dimension(390, 844));
            UI.browser().until(page -> UI.browser().find(".menu-toggle").isDisplayed());
            assertTrue("nothing wider than the screen", ((Number) UI.browser().script(
                    "return document.documentElement.scrollWidth")).intValue() <= 390);
            assertFalse("the menus wait behind the menu button", UI.browser().find("header").findElements(
                    org.openqa.selenium.By.cssSelector(FITNESS_MENU)).get(0).isDisplayed());

            WebElement toggle = UI.browser().find(".menu-toggle");
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            WebElement fitness = UI.browser().find(FITNESS_MENU);
            fitness.sendKeys(Keys.ENTER);
            UI.browser().until(page -> "/fitness/checkins".equals(focusedRoute()));
            for (WebElement item : UI.browser().all(FITNESS_ITEMS)) {
                assertTrue("an entry on the screen", item.isDisplayed());
                assertTrue("an entry within 390 px", item.getRect().getX() + item.getRect().getWidth() <= 390);
            }
            assertTrue(((Number) UI.browser().script("return document.documentElement.scrollWidth")).intValue() <= 390);
            UI.browser().screenshot("navigation-390px");
            active().sendKeys(Keys.ESCAPE);
            UI.browser().until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
            active().sendKeys(Keys.ESCAPE);
            UI.browser().until(page -> "false".equals(toggle.getAttribute("aria-expanded")));
        } finally {
            wide();
        }
    }

    @Test
    public void theModulesMenuGoesWithTheModuleWithoutAReload() throws Exception {
        wide();
        UI.browser().find(FITNESS_MENU);
        UI.browser().script("window.atriumPageMark = 'not reloaded'");
        HttpResponse<String> removed = UI.api().delete("/api/modules/fitness");
        assertEquals(removed.body(), 204, removed.statusCode());
        try {
            UI.browser().until(page -> UI.browser().all(FITNESS_MENU).isEmpty());
            assertEquals("not reloaded", UI.browser().script("return window.atriumPageMark"));
        } finally {
            HttpResponse<String> back = UI.api().post("/api/modules", "{\"id\":\"fitness\"}");
            assertEquals(back.body(), 201, back.statusCode());
            UI.api().awaitStatus("/api/fitness/plans", 200, Duration.ofSeconds(60));
            UI.browser().find(FITNESS_MENU);
        }
    }

    private static void wide() {
        UI.browser().driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    private static WebElement active() {
        return UI.browser().driver().switchTo().activeElement();
    }

    private static String focusedRoute() {
        return (String) UI.browser().script("return document.activeElement?.dataset?.route ?? null");
    }
}
