package org.atriumcrm.core.automation.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskPriority;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/** {@code core.create-task}: a task about the record, for its owner or a named user, due in some days. */
final class CreateTaskAction implements RuleAction {

    static final String ID = "core.create-task";
    static final String OWNER = "owner";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("title", Label.of("Title", "Título", "Название"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec("description", Label.of("Description", "Descripción", "Описание"), ParameterSpec.Type.TEXT, false),
            new ParameterSpec("assignee", Label.of("For (\"owner\" or a user id)", "Para (\"owner\" o un usuario)",
                    "Кому (\"owner\" или пользователь)"), ParameterSpec.Type.TEXT, false),
            new ParameterSpec("dueInDays", Label.of("Due in days", "Vence en días", "Срок, дней"), ParameterSpec.Type.DAYS, false),
            new ParameterSpec("priority", Label.of("Priority", "Prioridad", "Приоритет"), ParameterSpec.Type.TEXT, false));

    private final TaskService tasks;
    private final Clock clock;

    CreateTaskAction(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Label label() {
        return Label.of("Create a task", "Crear una tarea", "Создать задачу");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        String assignee = arguments.getOrDefault("assignee", OWNER).strip();
        if (assignee.isEmpty() || assignee.equals(OWNER)) {
            assignee = record.ownerId();
            if (assignee == null) {
                throw new IllegalArgumentException("the " + record.type() + " has no owner to give the task to");
            }
        }
        int days = Integer.parseInt(arguments.getOrDefault("dueInDays", "1").strip());
        Instant due = clock.instant().plus(Duration.ofDays(days));
        TaskPriority priority = arguments.containsKey("priority")
                ? TaskPriority.valueOf(arguments.get("priority").strip().toUpperCase(Locale.ROOT)) : null;
        String opportunityId = record.type().equals("opportunity") ? record.id() : null;
        Task task = tasks.create(new TaskDraft(arguments.get("title"), arguments.get("description"), record.clientId(),
                opportunityId, assignee, due, null, priority, null, Map.of()));
        return "task " + task.id() + " for " + assignee;
    }
}
