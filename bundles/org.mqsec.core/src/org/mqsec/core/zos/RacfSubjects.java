package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DnAttribute;
import org.mqsec.core.dn.Rfc4514Names;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * A certificate subject as RACDCERT GENCERT's {@code SUBJECTSDN(CN('...') T('...') OU('...') O('...')
 * L('...') SP('...') C('...'))}: the keywords the z/OS Security Server RACF Command Language
 * Reference lists for SUBJECTSDN (and IBM MQ's "Creating a self-signed personal certificate on
 * z/OS" shows, seed 000), each once, values in apostrophes with an apostrophe doubled as TSO reads
 * quoted strings. RACF writes the subject in that order whatever order the operands have, so a name
 * in another order would come out as another name: it is refused, as are attributes without a
 * keyword, repeated attributes and multi-valued RDNs, rather than making a certificate whose
 * subject is not the one asked for.
 */
public final class RacfSubjects {

    public static final String ATTRIBUTE = "ZOS_SUBJECT_ATTRIBUTE"; //$NON-NLS-1$
    public static final String REPEATED = "ZOS_SUBJECT_REPEATED"; //$NON-NLS-1$
    public static final String ORDER = "ZOS_SUBJECT_ORDER"; //$NON-NLS-1$
    public static final String MULTI_VALUED = "ZOS_SUBJECT_MULTI_VALUED"; //$NON-NLS-1$
    public static final String VALUE = "ZOS_SUBJECT_VALUE"; //$NON-NLS-1$
    public static final String NOT_SUBJECTSDN = "ZOS_SUBJECT_NOT_SUBJECTSDN"; //$NON-NLS-1$

    /** The SUBJECTSDN keywords in the order RACF writes them (most specific first), and the longest value of each. */
    private static final Map<String, DnAttribute> KEYWORDS = new LinkedHashMap<>();
    private static final Map<String, Integer> LENGTHS = Map.of("CN", 64, "T", 64, "OU", 64, "O", 64, "L", 128, "SP", 128, "C", 2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    static {
        KEYWORDS.put("CN", DnAttribute.CN); //$NON-NLS-1$
        KEYWORDS.put("T", DnAttribute.T); //$NON-NLS-1$
        KEYWORDS.put("OU", DnAttribute.OU); //$NON-NLS-1$
        KEYWORDS.put("O", DnAttribute.O); //$NON-NLS-1$
        KEYWORDS.put("L", DnAttribute.L); //$NON-NLS-1$
        KEYWORDS.put("SP", DnAttribute.ST); //$NON-NLS-1$
        KEYWORDS.put("C", DnAttribute.C); //$NON-NLS-1$
    }

    /** The operand, or null with the findings that say why the name cannot be one. */
    public record Rendering(String text, List<Finding> findings) {
    }

    private RacfSubjects() {
    }

    /** {@code SUBJECTSDN(...)} for the name, exactly or not at all. */
    public static Rendering render(CertificateName name) {
        List<Finding> findings = new ArrayList<>();
        List<String> order = new ArrayList<>(KEYWORDS.keySet());
        Set<String> seen = new HashSet<>();
        int last = -1;
        StringBuilder text = new StringBuilder("SUBJECTSDN("); //$NON-NLS-1$
        for (List<CertificateName.Attribute> rdn : name.rdns()) {
            if (rdn.size() > 1) {
                findings.add(Finding.error(MULTI_VALUED, "DN", ZosMessages.bind(ZosMessages.Subject_multiValued, //$NON-NLS-1$
                        Rfc4514Names.render(CertificateName.of(List.of(rdn)))), ZosMessages.Subject_fix));
                continue;
            }
            CertificateName.Attribute attribute = rdn.get(0);
            String keyword = keyword(attribute.oid());
            if (keyword == null || attribute.hex()) {
                findings.add(Finding.error(ATTRIBUTE, "DN", ZosMessages.bind(ZosMessages.Subject_attribute, //$NON-NLS-1$
                        Rfc4514Names.keyword(attribute.oid())), ZosMessages.Subject_fix));
                continue;
            }
            if (!seen.add(keyword)) {
                findings.add(Finding.error(REPEATED, keyword, ZosMessages.bind(ZosMessages.Subject_repeated, keyword), ZosMessages.Subject_fix));
                continue;
            }
            int position = order.indexOf(keyword);
            if (position < last) {
                findings.add(Finding.error(ORDER, keyword, ZosMessages.bind(ZosMessages.Subject_order, keyword, String.join(", ", order)), //$NON-NLS-1$
                        ZosMessages.Subject_orderFix));
            }
            last = Math.max(last, position);
            String value = attribute.value();
            if (value.isEmpty() || value.length() > LENGTHS.get(keyword) || MqAttribute.controlCharacter(value).isPresent()) {
                findings.add(Finding.error(VALUE, keyword, ZosMessages.bind(ZosMessages.Subject_value, keyword, RacfNames.shown(value),
                        LENGTHS.get(keyword)), ZosMessages.Subject_fix));
                continue;
            }
            if (text.charAt(text.length() - 1) != '(') {
                text.append(' ');
            }
            text.append(keyword).append('(').append(Tso.quoted(value)).append(')');
        }
        if (name.rdns().isEmpty()) {
            findings.add(Finding.error(ATTRIBUTE, "DN", ZosMessages.bind(ZosMessages.Subject_attribute, ""), ZosMessages.Subject_fix)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Rendering(Finding.hasErrors(findings) ? null : text.append(')').toString(), findings);
    }

    /**
     * Reads {@code SUBJECTSDN(...)} (or only what is inside the parentheses) back into a name.
     *
     * @throws IllegalArgumentException saying what in the text is not a SUBJECTSDN operand
     */
    public static CertificateName parse(String text) {
        String inner = text.strip();
        if (inner.regionMatches(true, 0, "SUBJECTSDN(", 0, 11) && inner.endsWith(")")) { //$NON-NLS-1$ //$NON-NLS-2$
            inner = inner.substring(11, inner.length() - 1);
        }
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
        int at = 0;
        while (at < inner.length()) {
            if (inner.charAt(at) == ' ') {
                at++;
                continue;
            }
            int open = inner.indexOf("('", at); //$NON-NLS-1$
            String keyword = open < 0 ? "" : inner.substring(at, open).toUpperCase(java.util.Locale.ROOT); //$NON-NLS-1$
            if (!KEYWORDS.containsKey(keyword)) {
                throw new IllegalArgumentException(ZosMessages.bind(ZosMessages.Subject_notSubjectsdn, inner.substring(at)));
            }
            Tso.Quoted value = Tso.unquote(inner, open + 1);
            if (value == null || value.end() >= inner.length() || inner.charAt(value.end()) != ')') {
                throw new IllegalArgumentException(ZosMessages.bind(ZosMessages.Subject_notSubjectsdn, inner.substring(at)));
            }
            rdns.add(List.of(new CertificateName.Attribute(KEYWORDS.get(keyword).oid(), value.value())));
            at = value.end() + 1;
        }
        return CertificateName.of(rdns);
    }

    private static String keyword(String oid) {
        for (Map.Entry<String, DnAttribute> entry : KEYWORDS.entrySet()) {
            if (entry.getValue().oid().equals(oid)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
