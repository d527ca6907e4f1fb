package org.atriumcrm.core.store.internal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.Opportunity;
import org.atriumcrm.core.api.OpportunityDraft;
import org.atriumcrm.core.api.OpportunityService;
import org.atriumcrm.core.api.PipelineService;
import org.atriumcrm.core.api.Stage;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.support.SettingEntity;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a few dozen Russian, Spanish and English clients the first time Atrium starts, some with a
 * deal in the pipeline, a logged call and a task, so a new user has something to look at. Set the framework property {@code atrium.demo=false} to skip it.
 * Loaded once per database: deleting the demo clients does not bring them back.
 */
@Component(immediate = true)
public class DemoData {

    static final String PROPERTY = "atrium.demo";
    static final String LOADED_SETTING = "demo.loaded";
    /** The assignee and author of the demo's tasks and calls. */
    static final String DEMO_MANAGER = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String RESOURCE = "/demo/clients.tsv";

    @Activate
    public DemoData(@Reference ClientService clients,
                    @Reference OpportunityService opportunities,
                    @Reference PipelineService pipelines,
                    @Reference TaskService tasks,
                    @Reference ActivityService activities,
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
            List<Client> created = drafts.stream().map(clients::create).toList();
            List<Stage> stages = pipelines.list().get(0).stages();
            Instant now = Instant.now();
            // every fourth client has a deal in progress, a logged call and a task; some tasks are overdue
            for (int i = 0; i < created.size(); i += 4) {
                Client client = created.get(i);
                activities.log(new ActivityDraft(client.id(), null, null, "call", ActivityDirection.OUTBOUND,
                        "First call", "Present our offer", "Interested: send a proposal",
                        now.minus(10 + i, ChronoUnit.DAYS), 420, DEMO_MANAGER, Map.of()));
                Opportunity deal = opportunities.create(new OpportunityDraft(client.id(), null, client.name() + ": annual contract",
                        null, null, BigDecimal.valueOf(1200L + 350L * i), currency(client), null,
                        LocalDate.now().plusDays(30 + i), null, DEMO_MANAGER, Map.of()));
                opportunities.moveToStage(deal.id(), stages.get(1 + (i / 4) % 3).id(), null, OptionalLong.empty());
                tasks.create(new TaskDraft("Call back " + client.name(), null, client.id(), deal.id(), DEMO_MANAGER,
                        now.plus(i % 8 == 0 ? -1 : 2, ChronoUnit.DAYS), null, null, null, Map.of()));
            }
            em.persist(new SettingEntity(LOADED_SETTING, now.toString()));
            LOG.info("Loaded {} demo clients with deals, calls and tasks for {} (start with -D{}=false to skip)",
                    drafts.size(), DEMO_MANAGER, PROPERTY);
        });
    }

    private static String currency(Client client) {
        String country = client.addresses().isEmpty() ? null : client.addresses().get(0).country();
        return switch (country == null ? "" : country) {
            case "RU" -> "RUB";
            case "ES", "DE", "IE" -> "EUR";
            case "GB" -> "GBP";
            default -> "USD";
        };
    }

    /** Tab-separated: kind, name, phones;…, e-mails;…, status, source, tags;…, city, country. */
    public static List<ClientDraft> read() {
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
