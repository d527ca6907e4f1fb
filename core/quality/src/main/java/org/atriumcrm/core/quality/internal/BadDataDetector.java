package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.SuggestedFix;
import org.atriumcrm.core.quality.SuggestedFix.Action;

/**
 * Finds bad data in a client, field by field, each with a suggested fix where one can be guessed:
 * e-mails in phone fields and phones in e-mail fields (move them), several values in one field
 * (split them), phones not valid in their region (a valid reading, such as the same digits with
 * the default area code), misspelt or broken e-mail addresses, tax ids with a wrong check digit or
 * in the wrong field, and names in capitals.
 */
final class BadDataDetector {

    private final PhoneNormalizer phones;
    private final EmailChecks emails;
    private final NameCase nameCase;

    BadDataDetector(PhoneNormalizer phones, WebDomains domains, LegalForms legalForms) {
        this.phones = phones;
        this.emails = new EmailChecks(domains);
        this.nameCase = new NameCase(legalForms);
    }

    List<QualityIssue> check(ClientDraft draft) {
        List<QualityIssue> issues = new ArrayList<>();
        String region = MatchKeyExtractor.regionOf(draft);
        name("name", draft.name(), issues);
        phoneFields("", draft.phones(), region, issues);
        emailFields("", draft.emails(), region, issues);
        for (int i = 0; i < draft.contacts().size(); i++) {
            ContactPerson contact = draft.contacts().get(i);
            String prefix = "contacts[" + i + "].";
            name(prefix + "name", contact.name(), issues);
            phoneFields(prefix, contact.phones(), region, issues);
            emailFields(prefix, contact.emails(), region, issues);
        }
        for (int i = 0; i < draft.legalEntities().size(); i++) {
            TaxIdFieldChecks.check("legalEntities[" + i + "].", draft.legalEntities().get(i), issues);
        }
        return issues;
    }

    private void name(String field, String name, List<QualityIssue> issues) {
        if (nameCase.allCaps(name)) {
            String fixed = nameCase.titleCase(name);
            issues.add(new QualityIssue(field, QualityIssueType.ALL_CAPS_NAME, "is written in capitals", name,
                    new SuggestedFix(Action.REPLACE, field, List.of(fixed), null)));
        }
    }

    private void phoneFields(String prefix, List<String> values, String region, List<QualityIssue> issues) {
        for (int i = 0; i < values.size(); i++) {
            String field = prefix + "phones[" + i + "]";
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            List<String> parts = FieldValues.split(value);
            if (parts.size() > 1 && parts.stream().allMatch(part -> PhoneNormalizer.looksLikePhone(part) || isEmail(part))) {
                issues.add(new QualityIssue(field, QualityIssueType.SEVERAL_VALUES_IN_ONE_FIELD, "holds " + parts.size() + " values",
                        value, new SuggestedFix(Action.SPLIT, prefix + "phones", parts, null)));
                continue;
            }
            Optional<String> email = EmailNormalizer.clean(value);
            if (email.isPresent()) {
                issues.add(new QualityIssue(field, QualityIssueType.EMAIL_IN_PHONE_FIELD, "is an e-mail address, not a phone", value,
                        new SuggestedFix(Action.MOVE, prefix + "emails", List.of(email.get()), null)));
                continue;
            }
            PhoneNormalizer.Verdict verdict = phones.check(value, region);
            if (verdict.status() != PhoneNormalizer.Status.VALID) {
                String where = region != null ? region : phones.defaultRegion();
                String message = verdict.status() == PhoneNormalizer.Status.NOT_A_PHONE
                        ? "is not a phone number"
                        : "is not a valid phone number in " + (verdict.e164() != null ? regionOr(verdict.e164(), where) : where);
                SuggestedFix fix = verdict.suggestion() == null ? null
                        : new SuggestedFix(Action.REPLACE, field, List.of(verdict.suggestion()), null);
                issues.add(new QualityIssue(field, QualityIssueType.INVALID_PHONE, message, value, fix));
            }
        }
    }

    private void emailFields(String prefix, List<String> values, String region, List<QualityIssue> issues) {
        for (int i = 0; i < values.size(); i++) {
            String field = prefix + "emails[" + i + "]";
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            List<String> parts = FieldValues.split(value);
            if (parts.size() > 1 && parts.stream().allMatch(part -> isEmail(part) || PhoneNormalizer.looksLikePhone(part))) {
                issues.add(new QualityIssue(field, QualityIssueType.SEVERAL_VALUES_IN_ONE_FIELD, "holds " + parts.size() + " values",
                        value, new SuggestedFix(Action.SPLIT, prefix + "emails", parts, null)));
                continue;
            }
            if (value.indexOf('@') < 0 && PhoneNormalizer.looksLikePhone(value)) {
                String phone = phones.toE164(value, region).orElse(value.strip());
                issues.add(new QualityIssue(field, QualityIssueType.PHONE_IN_EMAIL_FIELD, "is a phone number, not an e-mail address",
                        value, new SuggestedFix(Action.MOVE, prefix + "phones", List.of(phone), null)));
                continue;
            }
            emails.problem(value).ifPresent(problem -> issues.add(new QualityIssue(field, QualityIssueType.INVALID_EMAIL,
                    problem.message(), value, problem.suggestion() == null ? null
                            : new SuggestedFix(Action.REPLACE, field, List.of(problem.suggestion()), null))));
        }
    }

    private static String regionOr(String e164, String fallback) {
        String region = PhoneNormalizer.regionOf(e164);
        return (region != null ? region : fallback).toUpperCase(Locale.ROOT);
    }

    private static boolean isEmail(String text) {
        return EmailNormalizer.clean(text).isPresent();
    }
}
