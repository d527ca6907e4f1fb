package org.atriumcrm.core.web.internal;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Component;

/**
 * {@code /api/ui/countries?lang=es}: the ISO 3166 countries with their names in the UI's language,
 * in that language's alphabetical order, for the country lists of forms (an address keeps the code).
 * Names come from the JDK's locale data (CLDR).
 */
@Component(service = CountryResource.class, property = RestResource.ENABLED)
@Path("ui/countries")
@RequiresSection(RequiresSection.ANY_USER)
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {

    /** One country: its ISO 3166-1 alpha-2 code and its name. */
    public record Country(String code, String name) {
    }

    @GET
    public List<Country> list(@QueryParam("lang") String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language.strip());
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }
}
