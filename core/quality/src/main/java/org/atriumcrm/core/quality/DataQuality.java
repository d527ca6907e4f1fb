package org.atriumcrm.core.quality;

import java.util.List;

import org.atriumcrm.core.api.ClientDraft;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds bad data in a client: e-mails typed into phone fields, phones that are not valid in their
 * region, tax ids with a wrong checksum, names in capitals; each with a suggested fix where one
 * can be guessed.
 */
@ProviderType
public interface DataQuality {

    /** The issues of a draft (or of a stored client turned into a draft), in field order. */
    List<QualityIssue> check(ClientDraft draft);
}
