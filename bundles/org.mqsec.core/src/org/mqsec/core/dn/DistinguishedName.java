package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.internal.Messages;

/**
 * A distinguished name written the way IBM MQ reads it (SSLPEER, CHLAUTH, runmqakm -dn): most
 * specific attribute first, comma or semicolon separators, upper-case attribute types, values
 * optionally in double quotes. Parsing never throws; what is wrong is reported as findings.
 * Rules: IBM MQ "Distinguished Names" and "SSLPEER values" (shared/reference/mq-security.md, 7).
 */
public final class DistinguishedName {

    /** One attribute as written; {@code value} is without the quotes. */
    public record Rdn(DnAttribute attribute, String value) {
    }

    /** Characters IBM recommends in values for portability (rule 3), plus the wildcard. */
    /** A value with a control character (a line break would end an MQSC command or a script line). */
    public static final String CONTROL_CHARACTER = "DN_CONTROL_CHARACTER"; //$NON-NLS-1$
    /** A value longer than RFC 5280's upper bound for its attribute, which openssl and GSKit refuse. */
    public static final String VALUE_TOO_LONG = "DN_VALUE_TOO_LONG"; //$NON-NLS-1$
    /** A separator with nothing after it. */
    public static final String EMPTY_RDN = "DN_EMPTY_RDN"; //$NON-NLS-1$

    /** RFC 5280 Appendix A upper bounds (ub-common-name 64, ub-organization-name 64, ub-locality-name 128...). */
    private static final java.util.Map<DnAttribute, Integer> UPPER_BOUNDS = java.util.Map.of(DnAttribute.CN, 64,
            DnAttribute.O, 64, DnAttribute.OU, 64, DnAttribute.T, 64, DnAttribute.SERIALNUMBER, 64, DnAttribute.L, 128,
            DnAttribute.ST, 128, DnAttribute.MAIL, 255);

    private static final String PORTABLE_PUNCTUATION = " ,.;'\"()/-*"; //$NON-NLS-1$

    private final String text;
    private final List<Rdn> rdns;
    private final List<Finding> findings;

    private DistinguishedName(String text, List<Rdn> rdns, List<Finding> findings) {
        this.text = text;
        this.rdns = List.copyOf(rdns);
        this.findings = List.copyOf(findings);
    }

    public static DistinguishedName parse(String text) {
        List<Rdn> rdns = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String input = text == null ? "" : text; //$NON-NLS-1$
        if (input.isBlank()) {
            findings.add(Finding.error(Messages.Dn_empty, Messages.Dn_emptyFix));
            return new DistinguishedName(input, rdns, findings);
        }
        int i = 0;
        int length = input.length();
        while (i < length) {
            while (i < length && input.charAt(i) == ' ') {
                i++;
            }
            int equals = input.indexOf('=', i);
            int separator = nextSeparator(input, i);
            if (equals < 0 || (separator >= 0 && separator < equals)) {
                String fragment = input.substring(i, separator < 0 ? length : separator).trim();
                findings.add(Finding.error(Messages.bind(Messages.Dn_noEquals, fragment), Messages.Dn_noEqualsFix));
                if (separator < 0) {
                    break;
                }
                i = separator + 1;
                continue;
            }
            String type = input.substring(i, equals);
            if (!type.equals(type.stripTrailing())) {
                findings.add(Finding.error(Messages.bind(Messages.Dn_spaceBeforeEquals, type.strip()),
                        Messages.bind(Messages.Dn_spaceBeforeEqualsFix, type.strip())));
                type = type.strip();
            }
            i = equals + 1;
            while (i < length && input.charAt(i) == ' ') {
                i++;
            }
            String value;
            if (i < length && input.charAt(i) == '"') {
                int close = input.indexOf('"', i + 1);
                if (close < 0) {
                    findings.add(Finding.error(Messages.bind(Messages.Dn_unclosedQuote, type), Messages.Dn_unclosedQuoteFix));
                    value = input.substring(i + 1);
                    i = length;
                } else {
                    value = input.substring(i + 1, close);
                    i = close + 1;
                    while (i < length && input.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < length && input.charAt(i) != ',' && input.charAt(i) != ';') {
                        findings.add(Finding.error(Messages.bind(Messages.Dn_textAfterQuote, type), Messages.Dn_unclosedQuoteFix));
                        int next = nextSeparator(input, i);
                        i = next < 0 ? length : next;
                    }
                    i++;
                }
            } else {
                int end = nextSeparator(input, i);
                value = input.substring(i, end < 0 ? length : end).strip();
                i = end < 0 ? length : end + 1;
            }
            addRdn(type, value, rdns, findings);
        }
        String trimmed = input.stripTrailing();
        if (trimmed.endsWith(",") || trimmed.endsWith(";")) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.error(EMPTY_RDN, "", Messages.Dn_trailingSeparator, Messages.Dn_trailingSeparatorFix)); //$NON-NLS-1$
        }
        return new DistinguishedName(input, rdns, findings);
    }

    private static int nextSeparator(String input, int from) {
        boolean quoted = false;
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == ';')) {
                return i;
            }
        }
        return -1;
    }

    private static void addRdn(String type, String value, List<Rdn> rdns, List<Finding> findings) {
        String upper = type.toUpperCase(Locale.ROOT);
        var attribute = DnAttribute.byName(upper);
        if (attribute.isEmpty()) {
            String fix = upper.equals("EMAIL") || upper.equals("EMAILADDRESS") //$NON-NLS-1$ //$NON-NLS-2$
                    ? Messages.Dn_useMail : Messages.bind(Messages.Dn_unknownTypeFix, DnAttribute.accepted());
            findings.add(Finding.error(Messages.bind(Messages.Dn_unknownType, type), fix));
            return;
        }
        if (!type.equals(upper)) {
            findings.add(Finding.error(Messages.bind(Messages.Dn_lowerCaseType, type),
                    Messages.bind(Messages.Dn_lowerCaseTypeFix, upper, type)));
        }
        if (value.isEmpty()) {
            findings.add(Finding.error(Messages.bind(Messages.Dn_emptyValue, upper), Messages.Dn_emptyValueFix));
            return;
        }
        var control = MqAttribute.controlCharacter(value);
        if (control.isPresent()) {
            findings.add(Finding.error(CONTROL_CHARACTER, upper, Messages.bind(Messages.Dn_controlCharacter, upper,
                    String.format("U+%04X", control.get())), Messages.Dn_controlCharacterFix)); //$NON-NLS-1$
            return;
        }
        Integer bound = UPPER_BOUNDS.get(attribute.get());
        if (bound != null && value.length() > bound) {
            findings.add(Finding.error(VALUE_TOO_LONG, upper, Messages.bind(Messages.Dn_valueTooLong,
                    new Object[] { upper, value.length(), bound }), Messages.Dn_valueTooLongFix));
            return;
        }
        if (attribute.get() != DnAttribute.MAIL) {
            for (char c : value.toCharArray()) {
                if (!(c < 128 && Character.isLetterOrDigit(c)) && PORTABLE_PUNCTUATION.indexOf(c) < 0) {
                    findings.add(Finding.warning(Messages.bind(Messages.Dn_unportableCharacter, upper, String.valueOf(c)),
                            Messages.Dn_unportableCharacterFix));
                    break;
                }
            }
        }
        rdns.add(new Rdn(attribute.get(), value));
    }

    /** The name as given. */
    public String text() {
        return text;
    }

    /** The attributes in the order written (most specific first). */
    public List<Rdn> rdns() {
        return rdns;
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * Findings for a name that will be a certificate's subject: everything {@link #findings()} says,
     * and no wildcards, a CN, a two-letter C, and CN, O and C present (runmqakm -dn needs all three).
     */
    public List<Finding> subjectFindings() {
        List<Finding> all = new ArrayList<>(findings);
        boolean cn = false;
        boolean o = false;
        boolean c = false;
        for (Rdn rdn : rdns) {
            cn |= rdn.attribute() == DnAttribute.CN;
            o |= rdn.attribute() == DnAttribute.O;
            c |= rdn.attribute() == DnAttribute.C;
            if (rdn.value().contains("*")) { //$NON-NLS-1$
                all.add(Finding.error(Messages.bind(Messages.Dn_wildcardInSubject, rdn.attribute().name()),
                        Messages.Dn_wildcardInSubjectFix));
            }
            if (rdn.attribute() == DnAttribute.C && !rdn.value().matches("[A-Za-z]{2}")) { //$NON-NLS-1$
                all.add(Finding.error(Messages.bind(Messages.Dn_countryCode, rdn.value()), Messages.Dn_countryCodeFix));
            }
        }
        if (!cn && !rdns.isEmpty()) {
            all.add(Finding.error(Messages.Dn_noCn, Messages.Dn_noCnFix));
        }
        if (!rdns.isEmpty() && (!o || !c)) {
            all.add(Finding.warning(Messages.Dn_runmqakmNeedsCnOC, Messages.Dn_runmqakmNeedsCnOCFix));
        }
        return all;
    }

    /** The name this text stands for, in the one model every dialect shares (attributes with errors left out). */
    public CertificateName name() {
        List<List<CertificateName.Attribute>> attributes = new ArrayList<>();
        for (Rdn rdn : rdns) {
            attributes.add(List.of(new CertificateName.Attribute(rdn.attribute().oid(), rdn.value())));
        }
        return CertificateName.of(attributes);
    }

    /** The name written canonically: upper-case types, commas, quotes only where needed. */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        for (Rdn rdn : rdns) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(rdn.attribute().name()).append('=');
            String value = rdn.value();
            boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('=') >= 0
                    || value.indexOf('+') >= 0;
            out.append(quote ? '"' + value + '"' : value);
        }
        return out.toString();
    }
}
