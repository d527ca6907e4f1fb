package org.atriumcrm.core.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** Sales pipelines and their ordered stages. A fresh installation has one, "Sales". */
@ProviderType
public interface PipelineService {

    String RECORD_TYPE = "pipeline";

    /** @throws ValidationException when the name or a stage is invalid */
    Pipeline create(PipelineDraft draft);

    Optional<Pipeline> get(String id);

    /** Every pipeline, by name. */
    List<Pipeline> list();

    /**
     * Replaces the name and stages; stages sent with their id keep their opportunities.
     *
     * @throws ValidationException      when a stage that still holds opportunities is left out
     * @throws VersionConflictException when the pipeline changed since {@code expectedVersion}
     */
    Pipeline update(String id, PipelineDraft draft, OptionalLong expectedVersion);
}
