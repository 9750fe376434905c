package org.mqsec.core.tls;

import java.util.List;

import org.mqsec.core.dn.MqNameFilters;

/**
 * What an existing key repository tells of one end of a TLS channel: the certificate under the
 * chosen label, and the certificates the repository holds (whose subjects that end trusts, or can
 * complete its own chain with). Read from the file by the crypto bundle; the rules use it in place of
 * a new certificate's spec values.
 *
 * @param repository   the key repository's path
 * @param label        the label of the personal certificate
 * @param subject      its subject DN
 * @param issuer       its issuer DN (the subject again when self-signed)
 * @param keyType      RSA or EC
 * @param keySize      bits (RSA modulus, EC field)
 * @param certificates subjects of every certificate in the repository (trusted entries and chains)
 * @param trusted      subjects of its trusted-certificate entries, the ones a TLS peer is checked
 *                     against (Java trusts no CA that only sits in a personal certificate's chain)
 */
public record ExistingIdentity(String repository, String label, String subject, String issuer, CertificateKeyType keyType,
        int keySize, List<String> certificates, List<String> trusted) {

    public ExistingIdentity {
        certificates = List.copyOf(certificates);
        trusted = List.copyOf(trusted);
    }

    public boolean selfSigned() {
        return sameName(subject, issuer);
    }

    /** Whether the repository holds a certificate with this subject (a CA to trust, or to complete a chain). */
    public boolean holds(String dn) {
        return certificates.stream().anyMatch(held -> sameName(held, dn));
    }

    /** Whether the repository has this subject as a trusted certificate, to accept peers it issued. */
    public boolean trusts(String dn) {
        return trusted.stream().anyMatch(held -> sameName(held, dn));
    }

    /** Two DNs (MQ's dialect) name the same entity: the same attributes and values, ignoring case and spacing. */
    public static boolean sameName(String one, String other) {
        return MqNameFilters.parse(one).sameAs(MqNameFilters.parse(other));
    }
}
