package org.atriumcrm.core.store.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.LifecycleStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a few dozen Russian, Spanish and English clients the first time Atrium starts, so a new
 * user has something to look at. Set the framework property {@code atrium.demo=false} to skip it.
 * Loaded once per database: deleting the demo clients does not bring them back.
 */
@Component(immediate = true)
public class DemoData {

    static final String PROPERTY = "atrium.demo";
    static final String LOADED_SETTING = "demo.loaded";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String RESOURCE = "/demo/clients.tsv";

    @Activate
    public DemoData(@Reference ClientService clients,
                    @Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa,
                    BundleContext context) {
        if ("false".equalsIgnoreCase(context.getProperty(PROPERTY))) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(SettingEntity.class, LOADED_SETTING) != null) {
                return;
            }
            List<ClientDraft> drafts = read();
            drafts.forEach(clients::create);
            em.persist(new SettingEntity(LOADED_SETTING, Instant.now().toString()));
            LOG.info("Loaded {} demo clients (start with -D{}=false to skip)", drafts.size(), PROPERTY);
        });
    }

    /** Tab-separated: kind, name, phones;…, e-mails;…, status, source, tags;…, city, country. */
    static List<ClientDraft> read() {
        List<ClientDraft> drafts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                DemoData.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    drafts.add(draft(line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }

    private static ClientDraft draft(String[] cells) {
        return new ClientDraft(ClientKind.valueOf(cells[0]), cells[1], list(cells[2]), list(cells[3]),
                List.of(new Address(null, cells[7], null, null, cells[8])),
                LifecycleStatus.valueOf(cells[4]), cells[5], null, null, null, cells[7], list(cells[6]), null,
                List.of(), List.of(), Map.of());
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.split(";"));
    }
}
