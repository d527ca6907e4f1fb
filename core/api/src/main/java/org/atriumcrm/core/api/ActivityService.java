package org.atriumcrm.core.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** The log of contacts with clients, with attached files kept under Karaf's data folder. */
@ProviderType
public interface ActivityService {

    String RECORD_TYPE = "activity";
    String ATTACHMENT_RECORD_TYPE = "attachment";

    /** @throws ValidationException for an unknown client, contact, opportunity or type */
    Activity log(ActivityDraft draft);

    Optional<Activity> get(String id);

    Activity update(String id, ActivityDraft draft, OptionalLong expectedVersion);

    /** Deletes the activity and its files. */
    void delete(String id, OptionalLong expectedVersion);

    Page<Activity> find(ActivityQuery query);

    /** Core's types and those of the installed modules, by id. */
    List<ActivityType> types();

    /**
     * Stores a file with an activity, reading {@code content} to its end.
     *
     * @throws ContentTooLargeException when it is larger than the configured limit (nothing kept)
     * @throws ValidationException      when the content type is not one that may be attached
     */
    Attachment attach(String activityId, String fileName, String contentType, InputStream content);

    /** The file's description and a stream of its bytes; the caller closes the stream. */
    Optional<AttachmentContent> attachment(String attachmentId);
}
