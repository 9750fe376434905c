package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * RACF's certificate name filters ({@code RACDCERT MAP SDNFILTER('...') IDNFILTER('...')}): RDNs
 * most specific first, as {@code RACDCERT LIST} shows them, separated by periods, each
 * {@code KEYWORD=value}. The filter has no escape for a period, and a filter that left an attribute
 * out would match more certificates than the name, so a name this form cannot hold exactly (a
 * period in a value, a multi-valued RDN, an attribute without a RACF keyword) is refused, never
 * shortened. The keywords are those IBM's RACDCERT examples and reference use (CN, T, OU, O, L, SP,
 * C); the others are refused until checked against the z/OS Security Server RACF Command Language
 * Reference.
 */
public final class RacfNameFilters {

    public static final String PERIOD_IN_VALUE = "RACF_DN_PERIOD_IN_VALUE"; //$NON-NLS-1$
    public static final String MULTI_VALUED_RDN = "RACF_DN_MULTI_VALUED_RDN"; //$NON-NLS-1$
    public static final String NO_KEYWORD = "RACF_DN_ATTRIBUTE_WITHOUT_KEYWORD"; //$NON-NLS-1$
    public static final String TOO_LONG = "RACF_DN_TOO_LONG"; //$NON-NLS-1$
    public static final String NOT_A_FILTER = "RACF_DN_NOT_A_FILTER"; //$NON-NLS-1$
    public static final String CONTROL_CHARACTER = "RACF_DN_CONTROL_CHARACTER"; //$NON-NLS-1$
    public static final String QUOTE_IN_VALUE = "RACF_DN_QUOTE_IN_VALUE"; //$NON-NLS-1$

    /** The longest filter value RACDCERT takes. */
    public static final int MAXIMUM_LENGTH = 1024;

    private static final Map<String, String> KEYWORD_BY_OID = new LinkedHashMap<>();
    private static final Map<String, String> OID_BY_KEYWORD = new LinkedHashMap<>();

    static {
        keyword(DnAttribute.CN, "CN"); //$NON-NLS-1$
        keyword(DnAttribute.T, "T"); //$NON-NLS-1$
        keyword(DnAttribute.OU, "OU"); //$NON-NLS-1$
        keyword(DnAttribute.O, "O"); //$NON-NLS-1$
        keyword(DnAttribute.L, "L"); //$NON-NLS-1$
        keyword(DnAttribute.ST, "SP"); //$NON-NLS-1$
        keyword(DnAttribute.C, "C"); //$NON-NLS-1$
    }

    private static void keyword(DnAttribute attribute, String keyword) {
        KEYWORD_BY_OID.put(attribute.oid(), keyword);
        OID_BY_KEYWORD.put(keyword, attribute.oid());
    }

    /** The filter, or null with the findings that say why the name cannot be one. */
    public record Rendering(String text, List<Finding> findings) {
    }

    /** A filter read back: the name, or null with the findings. */
    public record Parsed(CertificateName name, List<Finding> findings) {
    }

    private RacfNameFilters() {
    }

    /** The name as a RACF filter value, exactly or not at all. */
    public static Rendering render(CertificateName name) {
        List<Finding> findings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (List<CertificateName.Attribute> rdn : name.rdns()) {
            if (rdn.size() > 1) {
                findings.add(Finding.error(MULTI_VALUED_RDN, "DN", Messages.bind(Messages.Racf_multiValued, Rfc4514Names.render( //$NON-NLS-1$
                        CertificateName.of(List.of(rdn)))), Messages.Racf_fix));
                continue;
            }
            CertificateName.Attribute attribute = rdn.get(0);
            String keyword = KEYWORD_BY_OID.get(attribute.oid());
            if (keyword == null || attribute.hex()) {
                findings.add(Finding.error(NO_KEYWORD, "DN", Messages.bind(Messages.Racf_noKeyword, //$NON-NLS-1$
                        Rfc4514Names.keyword(attribute.oid())), Messages.Racf_fix));
                continue;
            }
            findings.addAll(valueFindings(keyword, attribute.value()));
            parts.add(keyword + '=' + attribute.value());
        }
        String text = String.join(".", parts); //$NON-NLS-1$
        if (text.length() > MAXIMUM_LENGTH) {
            findings.add(Finding.error(TOO_LONG, "DN", Messages.bind(Messages.Racf_tooLong, text.length(), MAXIMUM_LENGTH), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Rendering(Finding.hasErrors(findings) ? null : text, findings);
    }

    private static List<Finding> valueFindings(String keyword, String value) {
        List<Finding> findings = new ArrayList<>();
        if (value.indexOf('.') >= 0) {
            findings.add(Finding.error(PERIOD_IN_VALUE, keyword, Messages.bind(Messages.Racf_period, keyword, value), Messages.Racf_fix));
        }
        if (value.indexOf('\'') >= 0) {
            // the filter is a quoted RACF operand; a quote would end it
            findings.add(Finding.error(QUOTE_IN_VALUE, keyword, Messages.bind(Messages.Racf_quote, keyword, value), Messages.Racf_fix));
        }
        if (MqAttribute.controlCharacter(value).isPresent()) {
            findings.add(Finding.error(CONTROL_CHARACTER, keyword, Messages.bind(Messages.Racf_control, keyword), Messages.Racf_fix));
        }
        return findings;
    }

    /** Reads a filter value (without its quotes) back into a name, most specific RDN first. */
    public static Parsed parse(String text) {
        String value = text == null ? "" : text; //$NON-NLS-1$
        List<Finding> findings = new ArrayList<>();
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
        if (value.isBlank()) {
            findings.add(Finding.error(NOT_A_FILTER, "DN", Messages.bind(Messages.Racf_notAFilter, value), Messages.Racf_parseFix)); //$NON-NLS-1$
        }
        for (String part : value.isBlank() ? new String[0] : value.split("\\.", -1)) { //$NON-NLS-1$
            int equals = part.indexOf('=');
            String oid = equals > 0 ? OID_BY_KEYWORD.get(part.substring(0, equals)) : null;
            if (oid == null || equals == part.length() - 1) {
                findings.add(Finding.error(NOT_A_FILTER, "DN", Messages.bind(Messages.Racf_notAFilter, part), Messages.Racf_parseFix)); //$NON-NLS-1$
                continue;
            }
            String keyword = part.substring(0, equals);
            String attributeValue = part.substring(equals + 1);
            findings.addAll(valueFindings(keyword, attributeValue));
            rdns.add(List.of(new CertificateName.Attribute(oid, attributeValue)));
        }
        if (value.length() > MAXIMUM_LENGTH) {
            findings.add(Finding.error(TOO_LONG, "DN", Messages.bind(Messages.Racf_tooLong, value.length(), MAXIMUM_LENGTH), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Parsed(Finding.hasErrors(findings) ? null : CertificateName.of(rdns), findings);
    }
}
