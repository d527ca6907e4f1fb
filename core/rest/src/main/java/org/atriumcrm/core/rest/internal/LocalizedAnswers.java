package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.TimelineEntry;

/**
 * Puts the words of an answer in the caller's language (see {@link RequestLanguage}): the messages
 * of a problem's {@code errors} (and the title and detail of a 422), and the titles and summaries
 * of timeline entries and "what to do now" items. Codes and arguments stay as they are. Services and modules write English
 * with a code beside it; this is the one place that translates.
 */
@Priority(Priorities.USER)
final class LocalizedAnswers implements ContainerResponseFilter {

    private static final String SUMMARY = ".summary";

    private final ServerTexts texts;

    LocalizedAnswers(ServerTexts texts) {
        this.texts = texts;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return;
        }
        Locale language = RequestLanguage.of(request.getAcceptableLanguages());
        response.getHeaders().putSingle("Content-Language", language.getLanguage());
        if (RequestLanguage.ENGLISH.equals(language)) {
            return;
        }
        Object localized = localized(entity, language);
        if (localized != entity) {
            response.setEntity(localized, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private Object localized(Object entity, Locale language) {
        if (entity instanceof Problem problem && !problem.errors().isEmpty()) {
            return problem(problem, language);
        }
        if (entity instanceof DuplicateProblem duplicate) {
            return new DuplicateProblem(duplicate.type(), text("problem.duplicate.title", language, duplicate.title()),
                    duplicate.status(), duplicate.detail(), errors(duplicate.errors(), language), duplicate.candidates());
        }
        if (entity instanceof NextActionResource.NextActionList list) {
            return new NextActionResource.NextActionList(list.items().stream().map(item -> item.code() == null ? item
                    : item.withTitle(texts.text(item.code(), item.arguments(), language, item.title()))).toList());
        }
        if (entity instanceof TimelineEntry entry) {
            return entry(entry, language);
        }
        if (entity instanceof Page<?> page && !page.items().isEmpty() && page.items().get(0) instanceof TimelineEntry) {
            return new Page<>(page.items().stream().map(item -> entry((TimelineEntry) item, language)).toList(), page.next());
        }
        return entity;
    }

    private Problem problem(Problem problem, Locale language) {
        List<FieldError> errors = errors(problem.errors(), language);
        if (!Problem.INVALID_VALUE.equals(problem.type())) {
            return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), errors);
        }
        List<String> parts = new ArrayList<>();
        errors.forEach(error -> parts.add(error.field() + " " + error.message()));
        String detail = texts.text("problem.invalid-value.detail", Map.of("count", errors.size(), "errors", String.join("; ", parts)),
                language, problem.detail());
        return new Problem(problem.type(), text("problem.invalid-value.title", language, problem.title()), problem.status(),
                detail, errors);
    }

    private List<FieldError> errors(List<FieldError> errors, Locale language) {
        return errors.stream().map(error -> new FieldError(error.field(), error.code(), error.arguments(),
                texts.text(error.code(), error.arguments(), language, error.message()))).toList();
    }

    private TimelineEntry entry(TimelineEntry entry, Locale language) {
        if (entry.code() == null) {
            return entry;
        }
        String title = texts.text(entry.code(), entry.arguments(), language, entry.title());
        String summary = texts.has(entry.code() + SUMMARY, language)
                ? texts.text(entry.code() + SUMMARY, entry.arguments(), language, entry.summary()) : entry.summary();
        return entry.withTexts(title, summary);
    }

    private String text(String code, Locale language, String english) {
        return texts.text(code, Map.of(), language, english);
    }
}
