package org.atriumcrm.core.spi;

/**
 * A file sent with a {@link MessageChannel.Message}, where the channel carries files (e-mail does).
 *
 * @since 1.6
 */
public record MessageAttachment(String fileName, String contentType, byte[] content) {
}
