package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.naming.InvalidNameException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.mqsec.core.internal.Messages;

/**
 * The RFC 4514 dialect (what openssl {@code -nameopt RFC2253}, keytool and LDAP write): escapes with
 * backslashes, '+' joins the attributes of a multi-valued RDN, {@code #hex} for values that are not
 * strings. Parsing and escaping are the JDK's ({@link LdapName}, {@link Rdn}); this class maps
 * attribute names to OIDs. Types are written with the keywords the JDK's {@code X500Principal}
 * accepts, so what we render the JDK reads; other attributes as their dotted OID.
 */
public final class Rfc4514Names {

    /** Keyword written for an OID (RFC 4514's, and the JDK's additions); first one wins on rendering. */
    private static final Map<String, String> KEYWORD_BY_OID = new LinkedHashMap<>();
    /** OID read for a keyword, including the spellings other tools write (E, EMAIL, S, SN, PC...). */
    private static final Map<String, String> OID_BY_KEYWORD = new LinkedHashMap<>();

    static {
        keyword("2.5.4.3", "CN"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.7", "L"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.8", "ST", "S", "SP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        keyword("2.5.4.10", "O"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.11", "OU"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.6", "C"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.9", "STREET"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("0.9.2342.19200300.100.1.25", "DC"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("0.9.2342.19200300.100.1.1", "UID", "USERID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keyword("1.2.840.113549.1.9.1", "EMAILADDRESS", "E", "EMAIL", "MAIL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        keyword("2.5.4.5", "SERIALNUMBER"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.12", "T", "TITLE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keyword("2.5.4.4", "SURNAME", "SN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keyword("2.5.4.42", "GIVENNAME", "G"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keyword("2.5.4.43", "INITIALS"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.44", "GENERATION"); //$NON-NLS-1$ //$NON-NLS-2$
        keyword("2.5.4.46", "DNQUALIFIER", "DNQ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        OID_BY_KEYWORD.put("PC", "2.5.4.17"); //$NON-NLS-1$ //$NON-NLS-2$
        OID_BY_KEYWORD.put("POSTALCODE", "2.5.4.17"); //$NON-NLS-1$ //$NON-NLS-2$
        OID_BY_KEYWORD.put("UNSTRUCTUREDNAME", "1.2.840.113549.1.9.2"); //$NON-NLS-1$ //$NON-NLS-2$
        OID_BY_KEYWORD.put("UNSTRUCTUREDADDRESS", "1.2.840.113549.1.9.8"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void keyword(String oid, String... names) {
        KEYWORD_BY_OID.put(oid, names[0]);
        for (String name : names) {
            OID_BY_KEYWORD.put(name, oid);
        }
    }

    private Rfc4514Names() {
    }

    /** The keyword this dialect writes for the OID, or the dotted OID itself. */
    public static String keyword(String oid) {
        return KEYWORD_BY_OID.getOrDefault(oid, oid);
    }

    /** The name as RFC 4514 text, most specific RDN first. */
    public static String render(CertificateName name) {
        List<String> rdns = new ArrayList<>();
        for (List<CertificateName.Attribute> rdn : name.rdns()) {
            List<String> attributes = new ArrayList<>();
            for (CertificateName.Attribute attribute : rdn) {
                attributes.add(keyword(attribute.oid()) + '='
                        + (attribute.hex() ? attribute.value() : Rdn.escapeValue(attribute.value())));
            }
            rdns.add(String.join("+", attributes)); //$NON-NLS-1$
        }
        return String.join(",", rdns); //$NON-NLS-1$
    }

    /**
     * Reads RFC 4514 (and RFC 2253) text.
     *
     * @throws IllegalArgumentException with a message that says what is wrong, for text that is not a
     *                                  name or names an attribute type we do not know
     */
    public static CertificateName parse(String text) {
        LdapName ldap;
        try {
            ldap = new LdapName(text == null ? "" : text); //$NON-NLS-1$
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.Dn_notRfc4514, text), e);
        }
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
        for (Rdn rdn : ldap.getRdns()) {
            List<CertificateName.Attribute> attributes = new ArrayList<>();
            try {
                Attributes values = rdn.toAttributes();
                NamingEnumeration<String> types = values.getIDs();
                while (types.hasMore()) {
                    String type = types.next();
                    NamingEnumeration<?> all = values.get(type).getAll();
                    while (all.hasMore()) {
                        attributes.add(attribute(text, type, all.next()));
                    }
                }
            } catch (NamingException e) {
                throw new IllegalArgumentException(Messages.bind(Messages.Dn_notRfc4514, text), e);
            }
            rdns.add(attributes);
        }
        Collections.reverse(rdns); // LdapName holds the rightmost (most general) RDN first
        return CertificateName.of(rdns);
    }

    private static CertificateName.Attribute attribute(String text, String type, Object value) {
        String upper = type.toUpperCase(Locale.ROOT);
        String oid = upper.startsWith("OID.") ? upper.substring(4) : upper; //$NON-NLS-1$
        if (!oid.matches("[0-2](\\.[0-9]+)+")) { //$NON-NLS-1$
            oid = OID_BY_KEYWORD.get(upper);
            if (oid == null) {
                throw new IllegalArgumentException(Messages.bind(Messages.Dn_unknownRfc4514Type, type, text));
            }
        }
        if (value instanceof byte[] der) {
            return new CertificateName.Attribute(oid, '#' + HexFormat.of().formatHex(der), true);
        }
        return new CertificateName.Attribute(oid, String.valueOf(value));
    }
}
