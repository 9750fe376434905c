package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.Messages;

/**
 * The IBM MQ dialect of distinguished names: SSLPEER and CHLAUTH SSLPEER/SSLCERTI filters, and the
 * {@code -dn} of runmqakm. MQ's keywords only (shared/reference/mq-security.md 7.1), most specific
 * first, commas between attributes, a value in double quotes when it holds a separator; there is no
 * escape character and no '+' for multi-valued RDNs. Parsing is {@link DistinguishedName}'s, with its
 * findings; rendering says what a certificate's name holds that MQ cannot write.
 */
public final class MqNameFilters {

    /** A certificate's attribute whose type MQ has no keyword for: the filter leaves it unchecked. */
    public static final String CODE_UNNAMED_ATTRIBUTE = "DN_ATTRIBUTE_NOT_IN_MQ"; //$NON-NLS-1$
    /** A value with a double quote: MQ has no way to write it. */
    public static final String CODE_QUOTE_IN_VALUE = "DN_QUOTE_IN_VALUE"; //$NON-NLS-1$
    /** A value with '*': in a filter MQ reads it as a wildcard. */
    public static final String CODE_ASTERISK_IN_VALUE = "DN_ASTERISK_IN_VALUE"; //$NON-NLS-1$

    /** Text in MQ's dialect and what could not be carried over into it. */
    public record Rendering(String text, List<Finding> findings) {
        public boolean exact() {
            return findings.isEmpty();
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    private MqNameFilters() {
    }

    /** The name as MQ writes it; attributes MQ cannot name are left out and reported. */
    public static Rendering render(CertificateName name) {
        StringBuilder text = new StringBuilder();
        List<Finding> findings = new ArrayList<>();
        for (CertificateName.Attribute attribute : name.attributes()) {
            Optional<DnAttribute> keyword = DnAttribute.byOid(attribute.oid());
            String shown = Rfc4514Names.keyword(attribute.oid()) + '=' + attribute.value();
            if (keyword.isEmpty() || attribute.hex()) {
                findings.add(new Finding(CODE_UNNAMED_ATTRIBUTE, Severity.WARNING, shown,
                        Messages.bind(Messages.Dn_notInMq, shown), Messages.Dn_notInMqFix));
                continue;
            }
            String value = attribute.value();
            if (value.indexOf('"') >= 0) {
                findings.add(Finding.error(CODE_QUOTE_IN_VALUE, shown, Messages.bind(Messages.Dn_quoteInValue, shown),
                        Messages.Dn_quoteInValueFix));
                continue;
            }
            if (value.indexOf('*') >= 0) {
                findings.add(new Finding(CODE_ASTERISK_IN_VALUE, Severity.WARNING, shown,
                        Messages.bind(Messages.Dn_asteriskInValue, shown), Messages.Dn_asteriskInValueFix));
            }
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(keyword.get().name()).append('=').append(needsQuotes(value) ? '"' + value + '"' : value);
        }
        return new Rendering(text.toString(), List.copyOf(findings));
    }

    private static boolean needsQuotes(String value) {
        return value.isEmpty() || !value.equals(value.strip()) || value.chars().anyMatch(c -> ",;=+".indexOf(c) >= 0); //$NON-NLS-1$
    }

    /** MQ text to the name it stands for (quotes removed, keywords to OIDs); see {@link DistinguishedName#findings()}. */
    public static CertificateName parse(String text) {
        return DistinguishedName.parse(text).name();
    }
}
