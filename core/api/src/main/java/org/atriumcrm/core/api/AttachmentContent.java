package org.atriumcrm.core.api;

import java.io.InputStream;

/** An attachment and its bytes, to be read once and closed. */
public record AttachmentContent(Attachment attachment, InputStream content) {
}
