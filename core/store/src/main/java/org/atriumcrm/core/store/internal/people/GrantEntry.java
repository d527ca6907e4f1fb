package org.atriumcrm.core.store.internal.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Grant;
import org.atriumcrm.core.api.security.RecordScope;

/** One section's grant of a role, its sets as comma-separated text. */
@Embeddable
public class GrantEntry {

    @Column(name = "section", length = 50, nullable = false)
    private String section;

    @Column(name = "access", length = 30, nullable = false)
    private String access;

    @Column(name = "record_scope", length = 10, nullable = false)
    private String scope;

    @Column(name = "hidden_fields", length = 2000, nullable = false)
    private String hiddenFields;

    protected GrantEntry() {
        // for JPA
    }

    GrantEntry(String section, Grant grant) {
        this.section = section;
        this.access = grant.access().stream().sorted().map(Access::name).collect(Collectors.joining(","));
        this.scope = grant.scope().name();
        this.hiddenFields = String.join(",", new TreeSet<>(grant.hiddenFields()));
    }

    String section() {
        return section;
    }

    Grant toGrant() {
        Set<Access> granted = EnumSet.noneOf(Access.class);
        split(access).forEach(name -> granted.add(Access.valueOf(name)));
        return new Grant(granted, RecordScope.valueOf(scope), split(hiddenFields));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }
}
