package org.mqsec.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DnAttribute;

/**
 * Distinguished names for round-trip property tests: several RDNs, multi-valued RDNs, attribute types
 * with and without an MQ keyword (organizationIdentifier, givenName...), and values with every
 * character the dialects must escape or quote, leading and trailing spaces, a leading '#', and
 * non-ASCII text. Each attribute's values fit the ASN.1 string type X.509 uses for it (C is two
 * letters; e-mail and DC are ASCII), so a name survives encoding into a certificate.
 */
public final class RandomNames {

    private static final String SPECIALS = ",+\"\\<>;=#*'()/-.: "; //$NON-NLS-1$
    private static final String NON_ASCII = "éüßøČćŁ中文日本語😀"; //$NON-NLS-1$
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"; //$NON-NLS-1$
    private static final String PRINTABLE = LETTERS + " '()+,-./:=?"; //$NON-NLS-1$

    private static final List<String> NOT_MQ = List.of("2.5.4.97", "2.5.4.42", "2.5.4.4", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "1.3.6.1.4.1.311.60.2.1.3", "2.5.4.15"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> PRINTABLE_ONLY = Set.of(DnAttribute.SERIALNUMBER.oid(), DnAttribute.DNQ.oid(),
            "1.3.6.1.4.1.311.60.2.1.3"); //$NON-NLS-1$
    private static final Set<String> ASCII_ONLY = Set.of(DnAttribute.MAIL.oid(), DnAttribute.DC.oid(),
            DnAttribute.UNSTRUCTUREDNAME.oid(), DnAttribute.UNSTRUCTUREDADDRESS.oid());

    private final Random random;
    private final boolean mqOnly;

    /**
     * @param mqOnly names IBM MQ's dialect can write exactly: MQ's attribute types, one attribute per
     *               RDN, no double quote in a value
     */
    public RandomNames(long seed, boolean mqOnly) {
        this.random = new Random(seed);
        this.mqOnly = mqOnly;
    }

    public CertificateName next() {
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            List<CertificateName.Attribute> rdn = new ArrayList<>();
            int values = !mqOnly && random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1;
            for (int v = 0; v < values; v++) {
                String oid = oid();
                rdn.add(new CertificateName.Attribute(oid, value(oid)));
            }
            rdns.add(rdn);
        }
        return CertificateName.of(rdns);
    }

    private String oid() {
        DnAttribute[] mq = DnAttribute.values();
        if (!mqOnly && random.nextInt(4) == 0) {
            return NOT_MQ.get(random.nextInt(NOT_MQ.size()));
        }
        return mq[random.nextInt(mq.length)].oid();
    }

    private String value(String oid) {
        if (oid.equals(DnAttribute.C.oid())) {
            return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)); //$NON-NLS-1$
        }
        String alphabet = PRINTABLE_ONLY.contains(oid) ? PRINTABLE
                : ASCII_ONLY.contains(oid) ? LETTERS + SPECIALS : LETTERS + SPECIALS + NON_ASCII;
        if (mqOnly) {
            alphabet = alphabet.replace("\"", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        StringBuilder value = new StringBuilder();
        int length = 1 + random.nextInt(16);
        while (value.length() < length) {
            value.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return value.toString();
    }
}
