package org.mqsec.core.tls;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One IBM MQ CipherSpec as SSLCIPH names it, with what it needs and how Java clients name it.
 * Data: shared/reference/mq-security.md section 1 (IBM's CipherSpec tables, the deprecated and removed
 * list, and the mapping table inside the IBM MQ classes for Java).
 *
 * @param hexCode              the TLS cipher suite code (IANA), "" for the ANY aliases
 * @param protocol             the protocol, or for an alias the lowest it allows
 * @param highestProtocol      the same as {@code protocol} for a specific CipherSpec and a fixed-protocol
 *                             alias; null for a minimum-protocol alias (ANY, ANY_TLS12_OR_HIGHER...)
 * @param keyType              the key the personal certificates need
 * @param javaCipherSuite      what a Java/JMS client sets (SSLCipherSuite), "" if the MQ classes have none
 * @param javaAlternativeNames other CipherSpec names the MQ classes accept for it
 * @param fips                 FIPS 140-2 column of IBM's tables
 * @param suiteB               0, 128 or 192 (the Suite B strength it qualifies for)
 * @param deprecatedSince      the MQ level that deprecated it, "" while it is current
 * @param platforms            where IBM supports it: "All" or a list
 */
public record CipherSpec(String name, String hexCode, TlsProtocol protocol, TlsProtocol highestProtocol, boolean alias,
        CertificateKeyType keyType, String javaCipherSuite, List<String> javaAlternativeNames, boolean fips, int suiteB,
        String deprecatedSince, String platforms) {

    public CipherSpec {
        javaAlternativeNames = List.copyOf(javaAlternativeNames);
    }

    public boolean deprecated() {
        return !deprecatedSince.isEmpty();
    }

    /** NULL, RC2, RC4, DES, 3DES and export CipherSpecs: MQ calls them weak and needs them re-enabled. */
    public boolean weak() {
        String upper = name.toUpperCase(Locale.ROOT);
        return Stream.of("NULL", "RC2", "RC4", "DES", "EXPORT").anyMatch(upper::contains); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** IBM's "minimum protocol" CipherSpecs (no upper bound), which it recommends at both ends. */
    public boolean minimumProtocol() {
        return alias && highestProtocol == null;
    }

    /** Whether a connection negotiated with {@code negotiated} (a specific protocol) is within this CipherSpec's protocols. */
    public boolean allows(TlsProtocol negotiated) {
        return negotiated.compareTo(protocol) >= 0 && (highestProtocol == null || negotiated.compareTo(highestProtocol) <= 0);
    }

    /** The highest protocol this CipherSpec can be negotiated with. */
    public TlsProtocol upperBound() {
        return highestProtocol == null ? TlsProtocol.values()[TlsProtocol.values().length - 1] : highestProtocol;
    }
}
