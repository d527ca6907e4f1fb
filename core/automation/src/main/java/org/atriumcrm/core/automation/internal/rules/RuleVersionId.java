package org.atriumcrm.core.automation.internal.rules;

import java.io.Serializable;
import java.util.Objects;

/** The key of a rule's version: the rule and the version's number. */
public class RuleVersionId implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ruleId;
    private int version;

    public RuleVersionId() {
        // for JPA
    }

    public RuleVersionId(String ruleId, int version) {
        this.ruleId = ruleId;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleVersionId id && id.ruleId.equals(ruleId) && id.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, version);
    }
}
