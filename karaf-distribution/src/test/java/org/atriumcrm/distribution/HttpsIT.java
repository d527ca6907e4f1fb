package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Atrium served over HTTPS with a keystore set in {@code etc/org.ops4j.pax.web.cfg}, as
 * docs/security.md describes: browsers are told to keep to HTTPS, and the session cookie never
 * travels over plain HTTP.
 */
public class HttpsIT {

    private static final String PAX_WEB = "etc/org.ops4j.pax.web.cfg";
    private static final String ALIAS = "atrium";
    private static final String STORE_PASSWORD = "itest-keystore-secret";

    private static RunningAtrium atrium;
    private static Api overHttps;
    private static Api overHttp;

    @BeforeClass
    public static void startAtriumWithHttps() throws Exception {
        Path keystore = newKeystore();
        int securePort = AtriumOptions.freePort();
        atrium = RunningAtrium.start("https",
                editConfigurationFilePut(PAX_WEB, "org.osgi.service.http.secure.enabled", "true"),
                editConfigurationFilePut(PAX_WEB, "org.osgi.service.http.port.secure", Integer.toString(securePort)),
                editConfigurationFilePut(PAX_WEB, "org.ops4j.pax.web.ssl.keystore", keystore.toString()),
                editConfigurationFilePut(PAX_WEB, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
                editConfigurationFilePut(PAX_WEB, "org.ops4j.pax.web.ssl.keystore.password", STORE_PASSWORD),
                editConfigurationFilePut(PAX_WEB, "org.ops4j.pax.web.ssl.key.password", STORE_PASSWORD),
                editConfigurationFilePut(PAX_WEB, "org.ops4j.pax.web.ssl.key.alias", ALIAS));
        HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).connectTimeout(Duration.ofSeconds(5)).build();
        overHttps = Api.at("https://localhost:" + securePort, trusting);
        overHttp = atrium.anonymous();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void overHttpsEveryAnswerTellsTheBrowserToKeepToHttps() throws Exception {
        for (String path : List.of("/", "/ui/app.js", "/api/health", "/api/nope", "/nope")) {
            HttpResponse<String> answer = overHttps.get(path);
            String hsts = answer.headers().firstValue("Strict-Transport-Security").orElse("");
            assertTrue(path + ": " + answer.headers(), hsts.matches("max-age=[1-9][0-9]{6,}.*"));
            assertTrue(path + ": " + answer.headers(),
                    answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        }
        assertFalse("no HSTS over plain HTTP", overHttp.get("/api/health").headers().firstValue("Strict-Transport-Security")
                .isPresent());
    }

    @Test
    public void theSessionCookieIsSecureOverHttpsAndOnlyThere() throws Exception {
        HttpResponse<String> login = overHttps.login(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD);
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = sessionCookie(login);
        assertTrue(cookie, List.of(cookie.split(";\\s*")).contains("Secure"));
        assertTrue(cookie, cookie.contains("HttpOnly"));
        Api signedIn = overHttps.signIn(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD);
        assertEquals(200, signedIn.get("/api/auth/session").statusCode());

        String plain = sessionCookie(overHttp.login(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD));
        assertFalse(plain, List.of(plain.split(";\\s*")).contains("Secure"));
    }

    private static String sessionCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(Api.SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    }

    /** A PKCS12 keystore with a self-signed certificate for localhost, made by the JDK's keytool as an admin would. */
    private static Path newKeystore() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("atrium.itest.dir"), "https-" + System.nanoTime()));
        Path keystore = folder.resolve("atrium.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD)
                .redirectErrorStream(true).redirectOutput(folder.resolve("keytool.log").toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("keytool failed: " + Files.readString(folder.resolve("keytool.log")));
        }
        return keystore;
    }

    /** TLS that trusts the certificate of {@code keystore} and nothing else. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            server.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, server.getCertificate(ALIAS));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
