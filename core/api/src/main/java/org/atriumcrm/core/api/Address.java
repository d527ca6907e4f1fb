package org.atriumcrm.core.api;

/**
 * A postal address of a client.
 *
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code RU}, {@code ES}
 */
public record Address(String street, String city, String region, String postalCode, String country) {
}
