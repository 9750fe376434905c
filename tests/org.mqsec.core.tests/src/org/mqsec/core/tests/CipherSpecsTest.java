package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecCompatibility;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsProtocol;

/** The CipherSpec catalogue and what it says about pairs of CipherSpecs and certificates (mq-security.md 1). */
class CipherSpecsTest {

    private static CipherSpec spec(String name) {
        return CipherSpecs.find(name).orElseThrow(() -> new AssertionError(name));
    }

    private static String severities(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().name()).reduce((a, b) -> a + "," + b).orElse("NONE"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theCatalogueNamesEachCipherSpecOnceAndFindsJavasOtherNames() {
        Set<String> names = new HashSet<>();
        for (CipherSpec spec : CipherSpecs.all()) {
            assertTrue(names.add(spec.name()), "twice: " + spec.name()); //$NON-NLS-1$
            assertTrue(spec.alias() || spec.keyType() != null);
        }
        assertEquals(17, CipherSpecs.all().stream().filter(s -> !s.alias() && !s.deprecated()).count(), "current CipherSpecs"); //$NON-NLS-1$
        assertEquals(5, CipherSpecs.all().stream().filter(CipherSpec::alias).count(), "ANY aliases"); //$NON-NLS-1$
        assertEquals("ECDHE_RSA_AES_128_GCM_SHA256", spec("ecdhe_rsa_aes_128_gcm_aead").name()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("TLS_RSA_WITH_3DES_EDE_CBC_SHA", CipherSpecs.forJavaCipherSuite("SSL_RSA_WITH_3DES_EDE_CBC_SHA").orElseThrow().name()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("ANY_TLS12_OR_HIGHER", "ANY_TLS13_OR_HIGHER"), //$NON-NLS-1$ //$NON-NLS-2$
                CipherSpecs.recommended().stream().map(CipherSpec::name).toList());
        assertEquals(128, spec("ECDHE_ECDSA_AES_128_GCM_SHA256").suiteB()); //$NON-NLS-1$
        assertTrue(spec("ANY_TLS12_OR_HIGHER").allows(TlsProtocol.TLS_1_3)); //$NON-NLS-1$
        assertTrue(!spec("ANY_TLS12").allows(TlsProtocol.TLS_1_3)); //$NON-NLS-1$
    }

    /** mq-security.md 1.5: ECDHE_ECDSA needs an EC key, the RSA suites RSA, TLS 1.3 and ANY* either. */
    @ParameterizedTest
    @CsvSource({ "ECDHE_ECDSA_AES_128_GCM_SHA256,RSA,ERROR", "ECDHE_ECDSA_AES_128_GCM_SHA256,EC,NONE", //$NON-NLS-1$ //$NON-NLS-2$
            "ECDHE_RSA_AES_256_GCM_SHA384,EC,ERROR", "TLS_RSA_WITH_AES_128_CBC_SHA256,RSA,NONE", //$NON-NLS-1$ //$NON-NLS-2$
            "TLS_AES_256_GCM_SHA384,EC,NONE", "TLS_AES_256_GCM_SHA384,RSA,NONE", "ANY_TLS12_OR_HIGHER,EC,NONE" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    void certificateKeysMustSuitTheCipherSpec(String cipherSpec, CertificateKeyType key, String expected) {
        List<Finding> findings = CipherSpecCompatibility.withCertificate(spec(cipherSpec), key, "the queue manager"); //$NON-NLS-1$
        assertEquals(expected, severities(findings), findings.toString());
    }

    /** mq-security.md 1.2: specific CipherSpecs must be equal; aliases need a common protocol; minimum vs fixed may fail. */
    @ParameterizedTest
    @CsvSource({ "ANY_TLS12_OR_HIGHER,ANY_TLS12_OR_HIGHER,NONE", //$NON-NLS-1$
            "ECDHE_RSA_AES_128_GCM_SHA256,ECDHE_RSA_AES_128_GCM_SHA256,NONE", //$NON-NLS-1$
            "ECDHE_RSA_AES_128_GCM_SHA256,ECDHE_RSA_AES_256_GCM_SHA384,ERROR", //$NON-NLS-1$
            "ECDHE_RSA_AES_128_GCM_SHA256,ANY_TLS12_OR_HIGHER,NONE", //$NON-NLS-1$
            "TLS_AES_128_GCM_SHA256,ANY_TLS12,ERROR", //$NON-NLS-1$
            "ECDHE_RSA_AES_128_GCM_SHA256,ANY_TLS13_OR_HIGHER,ERROR", //$NON-NLS-1$
            "ANY_TLS13,ANY_TLS12,ERROR", //$NON-NLS-1$
            "ANY_TLS12_OR_HIGHER,ANY_TLS12,WARNING", //$NON-NLS-1$
            "ANY_TLS12_OR_HIGHER,ECDHE_RSA_AES_128_GCM_SHA256,WARNING", //$NON-NLS-1$
            "ANY_TLS13_OR_HIGHER,ECDHE_RSA_AES_128_GCM_SHA256,ERROR", //$NON-NLS-1$
            "ANY_TLS12,ANY_TLS12_OR_HIGHER,NONE" }) //$NON-NLS-1$
    void theTwoEndsMustBeAbleToAgree(String initiating, String responding, String expected) {
        List<Finding> findings = CipherSpecCompatibility.between(spec(initiating), spec(responding));
        assertEquals(expected, severities(findings), findings.toString());
    }

    @Test
    void deprecatedCipherSpecsSayHowToReEnableThemOnEachPlatform() {
        Finding tls10 = CipherSpecCompatibility.of(spec("TLS_RSA_WITH_AES_128_CBC_SHA"), QueueManagerPlatform.MULTIPLATFORMS).get(0); //$NON-NLS-1$
        assertEquals(Severity.WARNING, tls10.severity());
        assertTrue(tls10.message().contains("deprecated (since MQ 9.0.5)"), tls10.message()); //$NON-NLS-1$
        assertTrue(tls10.fix().contains("AllowTLSV1=Y") && !tls10.fix().contains("AllowWeakCipherSpec"), tls10.fix()); //$NON-NLS-1$ //$NON-NLS-2$
        Finding weak = CipherSpecCompatibility.of(spec("TLS_RSA_WITH_3DES_EDE_CBC_SHA"), QueueManagerPlatform.MULTIPLATFORMS).get(0); //$NON-NLS-1$
        assertTrue(weak.fix().contains("AllowTLSV1=Y") && weak.fix().contains("AMQ_SSL_WEAK_CIPHER_ENABLE=TLS_RSA_WITH_3DES_EDE_CBC_SHA"), //$NON-NLS-1$ //$NON-NLS-2$
                weak.fix());
        Finding zos = CipherSpecCompatibility.of(spec("TLS_RSA_WITH_AES_128_CBC_SHA"), QueueManagerPlatform.ZOS).get(0); //$NON-NLS-1$
        assertTrue(zos.fix().contains("channel initiator"), zos.fix()); //$NON-NLS-1$

        assertEquals("ERROR", severities(CipherSpecCompatibility.of(spec("TLS_AES_128_CCM_SHA256"), QueueManagerPlatform.ZOS)) //$NON-NLS-1$ //$NON-NLS-2$
                .split(",")[0], "CCM CipherSpecs are not on z/OS"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("INFO", severities(CipherSpecCompatibility.of(spec("ECDHE_RSA_AES_128_GCM_SHA256"), //$NON-NLS-1$ //$NON-NLS-2$
                QueueManagerPlatform.MULTIPLATFORMS)), "a fixed CipherSpec gets IBM's recommendation"); //$NON-NLS-1$
        assertEquals(List.of(), CipherSpecCompatibility.of(spec("ANY_TLS12_OR_HIGHER"), QueueManagerPlatform.ZOS)); //$NON-NLS-1$
    }
}
