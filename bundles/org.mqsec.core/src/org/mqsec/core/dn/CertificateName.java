package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's subject or issuer as its relative distinguished names, read from the certificate's
 * ASN.1 (by the crypto bundle) or parsed from one of the dialects people write names in. This is the
 * one model every dialect renders from and parses into: {@link Rfc4514Names} (what openssl, keytool
 * and LDAP show), {@link MqNameFilters} (SSLPEER, SSLCERTI, runmqakm -dn). Nothing is lost on the way
 * in: attributes MQ has no keyword for keep their OID, values keep their escapes' meaning, and a
 * multi-valued RDN stays one RDN.
 *
 * <p>RDNs are held most specific first, the order RFC 4514, MQ and keytool write them (the reverse of
 * the ASN.1 encoding).
 */
public final class CertificateName {

    /**
     * One attribute: its OID and its value. A value that is not a string in the certificate (or was
     * given as {@code #hex}) is held as {@code #} and the hex of its DER encoding, with {@code hex} set.
     */
    public record Attribute(String oid, String value, boolean hex) {
        public Attribute(String oid, String value) {
            this(oid, value, false);
        }
    }

    private final List<List<Attribute>> rdns;

    private CertificateName(List<List<Attribute>> rdns) {
        List<List<Attribute>> copy = new ArrayList<>();
        for (List<Attribute> rdn : rdns) {
            if (rdn.isEmpty()) {
                throw new IllegalArgumentException("an RDN has at least one attribute"); //$NON-NLS-1$
            }
            // a multi-valued RDN is a SET: its order means nothing (DER sorts it), so hold it sorted
            List<Attribute> sorted = new ArrayList<>(rdn);
            sorted.sort(java.util.Comparator.comparing(Attribute::oid).thenComparing(Attribute::value));
            copy.add(List.copyOf(sorted));
        }
        this.rdns = List.copyOf(copy);
    }

    /** A name from its RDNs, most specific first. */
    public static CertificateName of(List<List<Attribute>> rdns) {
        return new CertificateName(rdns);
    }

    /** The RDNs, most specific first; each holds one attribute, or several for a multi-valued RDN. */
    public List<List<Attribute>> rdns() {
        return rdns;
    }

    /** Every attribute, most specific RDN first. */
    public List<Attribute> attributes() {
        return rdns.stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return rdns.isEmpty();
    }

    /** The first value of the attribute, most specific first (the CN people mean). */
    public Optional<String> first(String oid) {
        return attributes().stream().filter(a -> a.oid().equals(oid)).map(Attribute::value).findFirst();
    }

    public Optional<String> commonName() {
        return first(DnAttribute.CN.oid());
    }

    /**
     * Whether two names name the same entity as X.500 compares them for string attributes: the same
     * attributes in the same RDNs, values equal ignoring case and runs of spaces (caseIgnoreMatch).
     * MQ matches SSLPEER values irrespective of case too.
     */
    public boolean sameAs(CertificateName other) {
        return canonical().equals(other.canonical());
    }

    private List<List<String>> canonical() {
        List<List<String>> out = new ArrayList<>();
        for (List<Attribute> rdn : rdns) {
            List<String> values = new ArrayList<>();
            for (Attribute attribute : rdn) {
                String value = attribute.hex() ? attribute.value().toLowerCase(Locale.ROOT)
                        : attribute.value().strip().replaceAll(" +", " ").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
                values.add(attribute.oid() + '=' + value);
            }
            values.sort(null); // the attributes of a multi-valued RDN are a set
            out.add(values);
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateName name && name.rdns.equals(rdns);
    }

    @Override
    public int hashCode() {
        return rdns.hashCode();
    }

    /** RFC 4514 text, for logs and messages. */
    @Override
    public String toString() {
        return Rfc4514Names.render(this);
    }
}
