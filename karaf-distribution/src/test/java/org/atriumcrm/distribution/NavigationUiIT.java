package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.rules.Verifier;
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

    private static RunningAtrium atrium;
    private static Api api;
    private static Browser browser;

    @Rule
    public final TestWatcher failures = browser.onFailure();
    @Rule
    public final Verifier policy = browser.keptToTheContentSecurityPolicy();

    @BeforeClass
    public static void startAtriumWithFitness() throws Exception {
        atrium = RunningAtrium.start("navigation");
        api = atrium.api();
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus("/api/fitness/plans", 200, Duration.ofSeconds(60));
        browser = Browser.headlessChromium();
        browser.signInAsAdmin(atrium.homePage(), "/clients");
    }

    @AfterClass
    public static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void theModulesPagesAreOneMenuNamedAfterItAndTheBarIsOneRow() throws Exception {
        wide();
        WebElement fitness = browser.find(FITNESS_MENU);
        assertEquals("Fitness club", fitness.getText());
        assertEquals("true", fitness.getAttribute("aria-haspopup"));
        assertEquals("false", fitness.getAttribute("aria-expanded"));
        assertEquals(4, browser.all(FITNESS_ITEMS).size());
        assertTrue("the module's entries are in its closed menu",
                browser.all(FITNESS_ITEMS).stream().noneMatch(WebElement::isDisplayed));
        browser.find("button[aria-controls='menu-quality']");
        browser.find("button[aria-controls='menu-admin']");

        List<WebElement> top = browser.all("nav .nav-bar > li");
        assertTrue("a few entries, not every page: " + top.size(), top.size() <= 7);
        long rows = top.stream().map(item -> item.getLocation().getY()).distinct().count();
        assertEquals("the top bar is one row", 1, rows);
        browser.screenshot("navigation-desktop");
    }

    @Test
    public void aMenuOpensMovesAndClosesFromTheKeyboard() throws Exception {
        wide();
        WebElement fitness = browser.find(FITNESS_MENU);
        browser.script("arguments[0].focus()", fitness);
        fitness.sendKeys(Keys.ENTER);
        browser.until(page -> "true".equals(fitness.getAttribute("aria-expanded")));
        browser.until(page -> "/fitness/checkins".equals(focusedRoute()));
        browser.screenshot("navigation-menu-open");
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals("/fitness/plans", focusedRoute());
        active().sendKeys(Keys.END);
        assertEquals("/fitness/renewals", focusedRoute());
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals("Down wraps to the first", "/fitness/checkins", focusedRoute());
        active().sendKeys(Keys.ARROW_UP);
        assertEquals("Up wraps to the last", "/fitness/renewals", focusedRoute());
        active().sendKeys(Keys.ESCAPE);
        browser.until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
        assertEquals("Escape gives the focus back to the button", "menu-module-fitness-button",
                browser.script("return document.activeElement.id"));

        fitness.sendKeys(Keys.ARROW_UP);
        browser.until(page -> "/fitness/renewals".equals(focusedRoute()));
        active().sendKeys(Keys.HOME);
        assertEquals("/fitness/checkins", focusedRoute());
        active().sendKeys(Keys.ENTER);
        browser.until(page -> browser.driver().getCurrentUrl().endsWith("#/fitness/checkins"));
        browser.until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
        browser.find("fitness-checkins");
    }

    @Test
    public void atPhoneWidthTheBarIsOneMenuButtonAndFits() throws Exception {
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.until(page -> browser.find(".menu-toggle").isDisplayed());
            assertTrue("nothing wider than the screen", ((Number) browser.script(
                    "return document.documentElement.scrollWidth")).intValue() <= 390);
            assertFalse("the menus wait behind the menu button", browser.find("header").findElements(
                    org.openqa.selenium.By.cssSelector(FITNESS_MENU)).get(0).isDisplayed());

            WebElement toggle = browser.find(".menu-toggle");
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            WebElement fitness = browser.find(FITNESS_MENU);
            fitness.sendKeys(Keys.ENTER);
            browser.until(page -> "/fitness/checkins".equals(focusedRoute()));
            for (WebElement item : browser.all(FITNESS_ITEMS)) {
                assertTrue("an entry on the screen", item.isDisplayed());
                assertTrue("an entry within 390 px", item.getRect().getX() + item.getRect().getWidth() <= 390);
            }
            assertTrue(((Number) browser.script("return document.documentElement.scrollWidth")).intValue() <= 390);
            browser.screenshot("navigation-390px");
            active().sendKeys(Keys.ESCAPE);
            browser.until(page -> "false".equals(fitness.getAttribute("aria-expanded")));
            active().sendKeys(Keys.ESCAPE);
            browser.until(page -> "false".equals(toggle.getAttribute("aria-expanded")));
        } finally {
            wide();
        }
    }

    @Test
    public void theModulesMenuGoesWithTheModuleWithoutAReload() throws Exception {
        wide();
        browser.find(FITNESS_MENU);
        browser.script("window.atriumPageMark = 'not reloaded'");
        HttpResponse<String> removed = api.delete("/api/modules/fitness");
        assertEquals(removed.body(), 204, removed.statusCode());
        try {
            browser.until(page -> browser.all(FITNESS_MENU).isEmpty());
            assertEquals("not reloaded", browser.script("return window.atriumPageMark"));
        } finally {
            HttpResponse<String> back = api.post("/api/modules", "{\"id\":\"fitness\"}");
            assertEquals(back.body(), 201, back.statusCode());
            api.awaitStatus("/api/fitness/plans", 200, Duration.ofSeconds(60));
            browser.find(FITNESS_MENU);
        }
    }

    private static void wide() {
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static String focusedRoute() {
        return (String) browser.script("return document.activeElement?.dataset?.route ?? null");
    }
}
