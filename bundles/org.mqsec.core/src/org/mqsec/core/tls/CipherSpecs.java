package org.mqsec.core.tls;

import static org.mqsec.core.tls.CertificateKeyType.EC;
import static org.mqsec.core.tls.CertificateKeyType.EITHER;
import static org.mqsec.core.tls.CertificateKeyType.RSA;
import static org.mqsec.core.tls.TlsProtocol.SSL_3_0;
import static org.mqsec.core.tls.TlsProtocol.TLS_1_0;
import static org.mqsec.core.tls.TlsProtocol.TLS_1_2;
import static org.mqsec.core.tls.TlsProtocol.TLS_1_3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every CipherSpec IBM MQ 9.4 names: the current ones, the ANY aliases and the deprecated ones, with
 * sources in shared/reference/mq-security.md section 1 (1.1 current, 1.2 aliases, 1.3 deprecated). A
 * test checks the table against the mapping table inside the IBM MQ classes for Java.
 */
public final class CipherSpecs {

    private static final String ALL = "All"; //$NON-NLS-1$
    private static final String DISTRIBUTED = "AIX, Linux, Windows"; //$NON-NLS-1$
    private static final String IBM_I = "IBM i"; //$NON-NLS-1$

    private static final List<CipherSpec> CATALOGUE = List.of(
            // 1.1: TLS 1.3 (any certificate key)
            current("TLS_AES_128_GCM_SHA256", "1301", TLS_1_3, EITHER, "TLS_AES_128_GCM_SHA256", false, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_AES_256_GCM_SHA384", "1302", TLS_1_3, EITHER, "TLS_AES_256_GCM_SHA384", false, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_CHACHA20_POLY1305_SHA256", "1303", TLS_1_3, EITHER, "TLS_CHACHA20_POLY1305_SHA256", false, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_AES_128_CCM_SHA256", "1304", TLS_1_3, EITHER, "TLS_AES_128_CCM_SHA256", false, 0, DISTRIBUTED), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_AES_128_CCM_8_SHA256", "1305", TLS_1_3, EITHER, "TLS_AES_128_CCM_8_SHA256", false, 0, DISTRIBUTED), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // 1.1: TLS 1.2 with ECDSA certificates
            current("ECDHE_ECDSA_AES_128_CBC_SHA256", "C023", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("ECDHE_ECDSA_AES_256_CBC_SHA384", "C024", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("ECDHE_ECDSA_AES_128_GCM_SHA256", "C02B", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", true, 128, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "ECDHE_ECDSA_AES_128_GCM_AEAD"), //$NON-NLS-1$
            current("ECDHE_ECDSA_AES_256_GCM_SHA384", "C02C", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", true, 192, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "ECDHE_ECDSA_AES_256_GCM_AEAD"), //$NON-NLS-1$
            // 1.1: TLS 1.2 with RSA certificates
            current("ECDHE_RSA_AES_128_CBC_SHA256", "C027", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("ECDHE_RSA_AES_256_CBC_SHA384", "C028", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("ECDHE_RSA_AES_128_GCM_SHA256", "C02F", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", true, 0, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "ECDHE_RSA_AES_128_GCM_AEAD"), //$NON-NLS-1$
            current("ECDHE_RSA_AES_256_GCM_SHA384", "C030", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", true, 0, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "ECDHE_RSA_AES_256_GCM_AEAD"), //$NON-NLS-1$
            current("TLS_RSA_WITH_AES_128_CBC_SHA256", "003C", TLS_1_2, RSA, "TLS_RSA_WITH_AES_128_CBC_SHA256", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_RSA_WITH_AES_256_CBC_SHA256", "003D", TLS_1_2, RSA, "TLS_RSA_WITH_AES_256_CBC_SHA256", true, 0, ALL), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            current("TLS_RSA_WITH_AES_128_GCM_SHA256", "009C", TLS_1_2, RSA, "TLS_RSA_WITH_AES_128_GCM_SHA256", true, 0, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "TLS_RSA_WITH_AES_128_GCM_AEAD"), //$NON-NLS-1$
            current("TLS_RSA_WITH_AES_256_GCM_SHA384", "009D", TLS_1_2, RSA, "TLS_RSA_WITH_AES_256_GCM_SHA384", true, 0, ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "TLS_RSA_WITH_AES_256_GCM_AEAD"), //$NON-NLS-1$
            // 1.2: aliases; IBM recommends the minimum-protocol ones (no upper bound) at both ends
            alias("ANY", TLS_1_2, null, "*ANY", true), //$NON-NLS-1$ //$NON-NLS-2$
            alias("ANY_TLS12", TLS_1_2, TLS_1_2, "*TLS12", true), //$NON-NLS-1$ //$NON-NLS-2$
            alias("ANY_TLS12_OR_HIGHER", TLS_1_2, null, "*TLS12ORHIGHER", true), //$NON-NLS-1$ //$NON-NLS-2$
            alias("ANY_TLS13", TLS_1_3, TLS_1_3, "*TLS13", false), //$NON-NLS-1$ //$NON-NLS-2$
            alias("ANY_TLS13_OR_HIGHER", TLS_1_3, null, "*TLS13ORHIGHER", false), //$NON-NLS-1$ //$NON-NLS-2$
            // 1.3: deprecated; "(unverified)" where IBM's table gives no level
            deprecated("NULL_MD5", "0001", SSL_3_0, RSA, "SSL_RSA_WITH_NULL_MD5", false, "9.0.0.1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("NULL_SHA", "0002", SSL_3_0, RSA, "SSL_RSA_WITH_NULL_SHA", false, "9.0.0.1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("RC4_MD5_EXPORT", "0003", SSL_3_0, RSA, "SSL_RSA_EXPORT_WITH_RC4_40_MD5", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("RC4_MD5_US", "0004", SSL_3_0, RSA, "SSL_RSA_WITH_RC4_128_MD5", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("RC4_SHA_US", "0005", SSL_3_0, RSA, "", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("RC2_MD5_EXPORT", "0006", SSL_3_0, RSA, "", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("DES_SHA_EXPORT", "0009", SSL_3_0, RSA, "", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TRIPLE_DES_SHA_US", "000A", SSL_3_0, RSA, "", false, "9.0.0.1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("AES_SHA_US", "002F", SSL_3_0, RSA, "", false, "9.0.0.0", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("DES_SHA_EXPORT1024", "", SSL_3_0, RSA, "", false, "9.0.0.x (unverified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("RC4_56_SHA_EXPORT1024", "", SSL_3_0, RSA, "", false, "9.0.0.x (unverified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("FIPS_WITH_DES_CBC_SHA", "FEFE", SSL_3_0, RSA, "SSL_RSA_FIPS_WITH_DES_CBC_SHA", false, "9.0.0.x (unverified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("FIPS_WITH_3DES_EDE_CBC_SHA", "FEFF", SSL_3_0, RSA, "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)"), //$NON-NLS-1$
            deprecated("TLS_RSA_WITH_DES_CBC_SHA", "0009", TLS_1_0, RSA, "SSL_RSA_WITH_DES_CBC_SHA", false, "9.0.0.0"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "000A", TLS_1_0, RSA, "SSL_RSA_WITH_3DES_EDE_CBC_SHA", true, "9.0.0.1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_AES_128_CBC_SHA", "002F", TLS_1_0, RSA, "TLS_RSA_WITH_AES_128_CBC_SHA", true, "9.0.5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_AES_256_CBC_SHA", "0035", TLS_1_0, RSA, "TLS_RSA_WITH_AES_256_CBC_SHA", true, "9.0.5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_EXPORT_WITH_RC2_40_MD5", "", TLS_1_0, RSA, "", false, "9.0.0.x (unverified)", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_EXPORT_WITH_RC4_40_MD5", "", TLS_1_0, RSA, "", false, "9.0.0.x (unverified)", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_NULL_MD5", "", TLS_1_0, RSA, "", false, "9.0.0.x (unverified)", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_NULL_SHA", "", TLS_1_0, RSA, "", false, "9.0.0.x (unverified)", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("TLS_RSA_WITH_RC4_128_MD5", "", TLS_1_0, RSA, "", false, "9.0.0.x (unverified)", IBM_I), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            deprecated("ECDHE_ECDSA_NULL_SHA256", "C006", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_NULL_SHA", false, "9.0.0.1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    ALL, "ECDHE_ECDSA_NULL_SHA"), //$NON-NLS-1$
            deprecated("ECDHE_ECDSA_RC4_128_SHA256", "C007", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)", ALL, "ECDHE_ECDSA_RC4_128_SHA"), //$NON-NLS-1$ //$NON-NLS-2$
            deprecated("ECDHE_ECDSA_3DES_EDE_CBC_SHA256", "C008", TLS_1_2, EC, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)", ALL, "ECDHE_ECDSA_3DES_EDE_CBC_SHA"), //$NON-NLS-1$ //$NON-NLS-2$
            deprecated("ECDHE_RSA_NULL_SHA256", "C010", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_NULL_SHA", false, "9.0.0.1", ALL, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "ECDHE_RSA_NULL_SHA"), //$NON-NLS-1$
            deprecated("ECDHE_RSA_RC4_128_SHA256", "C011", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_RC4_128_SHA", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)", ALL, "ECDHE_RSA_RC4_128_SHA"), //$NON-NLS-1$ //$NON-NLS-2$
            deprecated("ECDHE_RSA_3DES_EDE_CBC_SHA256", "C012", TLS_1_2, RSA, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)", ALL, "ECDHE_RSA_3DES_EDE_CBC_SHA"), //$NON-NLS-1$ //$NON-NLS-2$
            deprecated("TLS_RSA_WITH_NULL_SHA256", "003B", TLS_1_2, RSA, "TLS_RSA_WITH_NULL_SHA256", false, "9.0.0.x (unverified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            // the MQ classes map SSL_RSA_WITH_RC4_128_SHA to this name (mq-security.md 1.3, RC4_SHA_US row)
            deprecated("TLS_RSA_WITH_RC4_128_SHA256", "0005", TLS_1_2, RSA, "SSL_RSA_WITH_RC4_128_SHA", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "9.0.0.x (unverified)", ALL, "TLS_RSA_WITH_RC4_128_SHA")); //$NON-NLS-1$ //$NON-NLS-2$

    private CipherSpecs() {
    }

    private static CipherSpec current(String name, String hex, TlsProtocol protocol, CertificateKeyType key, String java,
            boolean fips, int suiteB, String platforms, String... altNames) {
        return new CipherSpec(name, hex, protocol, protocol, false, key, java, List.of(altNames), fips, suiteB, "", platforms); //$NON-NLS-1$
    }

    private static CipherSpec alias(String name, TlsProtocol lowest, TlsProtocol highest, String java, boolean fips) {
        return new CipherSpec(name, "", lowest, highest, true, EITHER, java, List.of(), fips, 0, "", ALL); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static CipherSpec deprecated(String name, String hex, TlsProtocol protocol, CertificateKeyType key, String java,
            boolean fips, String since) {
        return deprecated(name, hex, protocol, key, java, fips, since, ALL);
    }

    private static CipherSpec deprecated(String name, String hex, TlsProtocol protocol, CertificateKeyType key, String java,
            boolean fips, String since, String platforms, String... altNames) {
        return new CipherSpec(name, hex, protocol, protocol, false, key, java, List.of(altNames), fips, 0, since, platforms);
    }

    /** Every CipherSpec: current ones first (strongest protocol first), then the aliases, then the deprecated. */
    public static List<CipherSpec> all() {
        return CATALOGUE;
    }

    /** The CipherSpec SSLCIPH names, by its MQ name or one of the Java alternative names; case-insensitive. */
    public static Optional<CipherSpec> find(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
        return CATALOGUE.stream().filter(spec -> spec.name().equals(wanted) || spec.javaAlternativeNames().contains(wanted))
                .findFirst();
    }

    /** The CipherSpec a Java client's SSLCipherSuite stands for. */
    public static Optional<CipherSpec> forJavaCipherSuite(String suite) {
        return CATALOGUE.stream().filter(spec -> !spec.javaCipherSuite().isEmpty() && spec.javaCipherSuite().equals(suite))
                .findFirst();
    }

    /** IBM's recommendation for SSLCIPH at both ends: the minimum-protocol aliases. */
    public static List<CipherSpec> recommended() {
        List<CipherSpec> recommended = new ArrayList<>();
        find("ANY_TLS12_OR_HIGHER").ifPresent(recommended::add); //$NON-NLS-1$
        find("ANY_TLS13_OR_HIGHER").ifPresent(recommended::add); //$NON-NLS-1$
        return recommended;
    }
}
