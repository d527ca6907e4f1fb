package org.atriumcrm.distribution;

import org.junit.rules.ExternalResource;
import org.ops4j.pax.exam.Option;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * What every UI test class starts from: an Atrium (the {@linkplain RunningAtrium#shared() shared} one,
 * or a fresh one of its own on a new database) and a headless Chromium signed in to it, by default as
 * the admin, waiting for the menu entry of a given route. As a {@code @ClassRule} it starts both
 * before the class's first test and stops both after its last (a shared Atrium goes on for the
 * next class); {@link #pageChecks()} is the {@code @Rule} for each test.
 */
final class SignedInBrowser extends ExternalResource {

    /** What a test class needs in Atrium before the browser signs in: a module, a user, a role … */
    @FunctionalInterface
    interface Preparation {
        void prepare(Api admin) throws Exception;
    }

    private final String name;
    private final String route;
    private final String username;
    private final String password;
    private final Preparation preparation;
    private final Option[] options;
    /** Whether the class starts an Atrium of its own rather than using the shared one. */
    private final boolean ownAtrium;
    private RunningAtrium atrium;
    private Browser browser;

    /**
     * Signed in as the admin, on the shared Atrium.
     *
     * @param name  names the test's database folder, when it has an Atrium of its own
     * @param route the menu entry to wait for once signed in, e.g. {@code /clients}
     */
    SignedInBrowser(String name, String route) {
        this(name, route, AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD, admin -> { }, new Option[0], false);
    }

    private SignedInBrowser(String name, String route, String username, String password, Preparation preparation,
            Option[] options, boolean ownAtrium) {
        this.name = name;
        this.route = route;
        this.username = username;
        this.password = password;
        this.preparation = preparation;
        this.options = options;
        this.ownAtrium = ownAtrium;
    }

    /** The same, with {@code preparation} run through the admin's API once Atrium is up, before signing in. */
    SignedInBrowser preparedBy(Preparation preparation) {
        return new SignedInBrowser(name, route, username, password, preparation, options, ownAtrium);
    }

    /** The same, on an Atrium of its own started with these options after the usual ones (a configuration changed …). */
    SignedInBrowser startedWith(Option... extra) {
        return new SignedInBrowser(name, route, username, password, preparation, extra, true);
    }

    /** The same, on a fresh Atrium of its own: for a class that changes what others would see (a module, a scan …). */
    SignedInBrowser withAtriumOfItsOwn() {
        return new SignedInBrowser(name, route, username, password, preparation, options, true);
    }

    /** The same, signed in as this user (made by {@link #preparedBy}) instead of the admin. */
    SignedInBrowser signedInAs(String username, String password) {
        return new SignedInBrowser(name, route, username, password, preparation, options, ownAtrium);
    }

    @Override
    protected void before() throws Throwable {
        try {
            atrium = ownAtrium ? RunningAtrium.start(name, options) : RunningAtrium.shared();
            preparation.prepare(atrium.api());
            browser = Browser.headlessChromium();
            browser.signIn(atrium.homePage(), username, password, route);
        } catch (Throwable e) {
            // JUnit calls after() only when before() returned
            after();
            throw e;
        }
    }

    @Override
    protected void after() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (atrium != null && ownAtrium) {
            atrium.stop();
        }
        atrium = null;
    }

    /** The signed-in browser. */
    Browser browser() {
        return browser;
    }

    /** The API, signed in as the admin (whoever the browser is signed in as). */
    Api api() {
        return atrium.api();
    }

    /** Where the browser opens Atrium. */
    String homePage() {
        return atrium.homePage();
    }

    /**
     * What is checked around every test, as a {@code @Rule}: the test fails when its pages had
     * something refused by the content security policy, and a failing test leaves a screenshot and
     * the page's console (also when the policy was what failed it).
     */
    TestRule pageChecks() {
        return (Statement base, Description description) -> RuleChain.outerRule(browser.onFailure())
                .around(browser.keptToTheContentSecurityPolicy())
                .apply(base, description);
    }
}
