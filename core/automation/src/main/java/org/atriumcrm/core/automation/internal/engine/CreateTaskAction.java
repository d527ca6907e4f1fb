package org.atriumcrm.core.automation.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Task;
import org.atriumcrm.core.api.TaskDraft;
import org.atriumcrm.core.api.TaskPriority;
import org.atriumcrm.core.api.TaskService;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.automation.internal.assignment.Assignee;
import org.atriumcrm.core.automation.internal.assignment.TeamRotation;
import org.atriumcrm.core.spi.ParameterSpec;
import org.atriumcrm.core.spi.UiContribution.Label;

/**
 * {@code core.create-task}: a task about the record, due in some days, for its owner, a named user or
 * the next member of a team in turn. A deleted record's task refers to what is still there: its client,
 * unless that is what was deleted.
 */
final class CreateTaskAction implements RuleAction {

    static final String ID = "core.create-task";
    static final String ASSIGNEE = "assignee";
    static final String PRIORITY = "priority";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("title", Label.of("Title", "Título", "Название"), ParameterSpec.Type.TEXT, true),
            new ParameterSpec("description", Label.of("Description", "Descripción", "Описание"), ParameterSpec.Type.TEXT, false),
            new ParameterSpec(ASSIGNEE, Label.of("For (\"owner\", a user id or \"team:<name>\" in turn)",
                    "Para (\"owner\", un usuario o \"team:<nombre>\" por turnos)",
                    "Кому (\"owner\", пользователь или \"team:<имя>\" по очереди)"), ParameterSpec.Type.TEXT, false),
            new ParameterSpec("dueInDays", Label.of("Due in days", "Vence en días", "Срок, дней"), ParameterSpec.Type.DAYS, false),
            new ParameterSpec(PRIORITY, Label.of("Priority", "Prioridad", "Приоритет"), ParameterSpec.Type.TEXT, false));

    private final TaskService tasks;
    private final ClientService clients;
    private final UserService users;
    private final TeamRotation rotation;
    private final Clock clock;

    CreateTaskAction(TaskService tasks, ClientService clients, UserService users, TeamRotation rotation, Clock clock) {
        this.tasks = tasks;
        this.clients = clients;
        this.users = users;
        this.rotation = rotation;
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
    public List<FieldError> argumentErrors(Map<String, String> arguments) {
        List<FieldError> errors = new ArrayList<>();
        Assignee assignee = Assignee.parse(arguments.get(ASSIGNEE));
        if (assignee instanceof Assignee.Team team && (team.name().isEmpty() || users.teamMembers(team.name()).isEmpty())) {
            errors.add(new FieldError(ASSIGNEE, "team.empty", Map.of("team", team.name()),
                    "the team " + team.name() + " has no active member"));
        } else if (assignee instanceof Assignee.Named named && users.get(named.userId()).filter(User::active).isEmpty()) {
            errors.add(new FieldError(ASSIGNEE, "user.unknown", Map.of("user", named.userId()),
                    "is no active user: " + named.userId()));
        }
        String priority = arguments.get(PRIORITY);
        if (priority != null && !priority.isBlank() && Arrays.stream(TaskPriority.values())
                .noneMatch(known -> known.name().equalsIgnoreCase(priority.strip()))) {
            errors.add(new FieldError(PRIORITY, "is no priority: " + priority));
        }
        return errors;
    }

    @Override
    public String perform(RecordFacts record, Map<String, String> arguments) {
        int days = Integer.parseInt(arguments.getOrDefault("dueInDays", "1").strip());
        Instant due = clock.instant().plus(Duration.ofDays(days));
        String priorityName = arguments.get(PRIORITY);
        TaskPriority priority = priorityName == null || priorityName.isBlank() ? null
                : TaskPriority.valueOf(priorityName.strip().toUpperCase(Locale.ROOT));
        String clientId = clientOf(record);
        String opportunityId = record.type().equals("opportunity") && !record.deleted() ? record.id() : null;
        Assignee assignee = Assignee.parse(arguments.get(ASSIGNEE));
        if (assignee instanceof Assignee.Team team) {
            Task task = rotation.give(team.name(), member -> create(arguments, clientId, opportunityId, member, due, priority));
            return "task " + task.id() + " for " + task.assigneeId() + " (in turn in team " + team.name() + ")";
        }
        String userId = assignee instanceof Assignee.Named named ? named.userId() : record.ownerId();
        if (userId == null) {
            throw new IllegalArgumentException("the " + record.type() + " has no owner to give the task to");
        }
        Task task = create(arguments, clientId, opportunityId, userId, due, priority);
        return "task " + task.id() + " for " + userId;
    }

    @Override
    public String preview(RecordFacts record, Map<String, String> arguments) {
        String days = arguments.getOrDefault("dueInDays", "1").strip();
        String about = clientOf(record) == null ? "about no client" : "about client " + clientOf(record);
        Assignee assignee = Assignee.parse(arguments.get(ASSIGNEE));
        String userId;
        if (assignee instanceof Assignee.Team team) {
            userId = rotation.peek(team.name()).map(next -> next + " (next in turn in team " + team.name() + ")")
                    .orElseThrow(() -> new IllegalArgumentException("the team " + team.name() + " has no active member"));
        } else {
            userId = assignee instanceof Assignee.Named named ? named.userId() : record.ownerId();
            if (userId == null) {
                throw new IllegalArgumentException("the " + record.type() + " has no owner to give the task to");
            }
        }
        return "would create the task \"" + arguments.get("title") + "\" " + about + " for " + userId + ", due in " + days + " days";
    }

    private Task create(Map<String, String> arguments, String clientId, String opportunityId, String userId, Instant due,
            TaskPriority priority) {
        return tasks.create(new TaskDraft(arguments.get("title"), arguments.get("description"), clientId, opportunityId, userId,
                due, null, priority, null, Map.of()));
    }

    /** The client the task is about: none when the record deleted was the client, or took its client with it. */
    private String clientOf(RecordFacts record) {
        if (!record.deleted()) {
            return record.clientId();
        }
        if (record.type().equals("client") || record.clientId() == null) {
            return null;
        }
        return clients.get(record.clientId()).isPresent() ? record.clientId() : null;
    }
}
