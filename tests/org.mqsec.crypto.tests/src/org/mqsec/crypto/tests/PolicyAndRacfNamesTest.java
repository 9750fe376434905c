package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.AmsPolicyNames;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.Rfc4514Names;
import org.mqsec.core.dn.RacfNameFilters;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.testing.RandomNames;

import com.ibm.mq.ese.core.X500NameWrapper;

/**
 * The AMS policy and RACF filter dialects of the one name model, on generated names (escapes,
 * multi-valued RDNs, unknown OIDs, non-ASCII). AMS's own comparison (IBM's {@code X500NameWrapper},
 * from the IBM MQ classes, test scope only) must find what we write equal to the certificate's
 * subject; RACF filters must put the RDNs in the reverse of their DER order and read back exactly.
 */
class PolicyAndRacfNamesTest {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final java.security.KeyPair KEY = ecKey();

    private static java.security.KeyPair ecKey() {
        try {
            return KeyAlgorithm.EC_P256.generate(RANDOM);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject a certificate issued for {@code name} has, as the JDK reads it. */
    private static X500Principal subjectOf(CertificateName name) throws Exception {
        return new X500Principal(CertificateNames.x500(name).getEncoded());
    }

    @Test
    void amsFindsOurPolicyDnEqualToTheCertificatesSubject() throws Exception {
        RandomNames names = new RandomNames(9030, false);
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            CertificateName name = names.next();
            if (name.attributes().stream().anyMatch(a -> a.value().contains("\\"))) { //$NON-NLS-1$
                continue; // the JDK's parser miscounts backslashes (see CertificateNamesTest)
            }
            // the certificate as our issuer writes it (Bouncy Castle's DER), and the policy DN we write for it
            X509Certificate certificate = new CertificateIssuer(RANDOM).selfSigned(KEY, CertificateTemplate.keeping(name,
                    List.of(), CertificateProfile.TLS_CLIENT, 30, SignatureHash.SHA256));
            String policy = CertificateNames.amsPolicyDn(name);
            String subject = certificate.getSubjectX500Principal().getName();
            assertTrue(new X500NameWrapper(policy).isEqual(new X500NameWrapper(subject)), policy + " vs " + subject); //$NON-NLS-1$
            assertEquals(List.of(), AmsPolicyNames.parse(policy).findings(), policy);
            assertEquals(name, CertificateNames.of(new X500Principal(policy)), "the JDK, which AMS uses, reads it back: " + policy); //$NON-NLS-1$
            checked++;
        }
        assertTrue(checked > 200, "most names are checked: " + checked); //$NON-NLS-1$
    }

    @Test
    void amsTellsADifferentNameApartSoTheCheckAboveCanFail() throws Exception {
        String subject = subjectOf(Rfc4514Names.parse("CN=alice,O=Example,C=GB")).getName(); //$NON-NLS-1$
        assertFalse(new X500NameWrapper("CN=mallory,O=Example,C=GB").isEqual(new X500NameWrapper(subject))); //$NON-NLS-1$
    }

    @Test
    void policyDnsAmsWouldNotTakeAreRefusedByCode() {
        assertEquals(Set.of(AmsPolicyNames.LOWER_CASE_KEYWORD), codes(AmsPolicyNames.parse("cn=alice,O=Example").findings())); //$NON-NLS-1$
        assertEquals(Set.of(AmsPolicyNames.CONTROL_CHARACTER), codes(AmsPolicyNames.parse("CN=alice\n,O=Example").findings())); //$NON-NLS-1$
        assertEquals(Set.of(AmsPolicyNames.TOO_LONG), codes(AmsPolicyNames.parse("CN=" + "a".repeat(1100)).findings())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Set.of(AmsPolicyNames.NOT_A_NAME), codes(AmsPolicyNames.parse("alice").findings())); //$NON-NLS-1$
        assertNull(AmsPolicyNames.parse("").name()); //$NON-NLS-1$
    }

    @Test
    void racfFiltersPutTheRdnsInReverseDerOrderAndReadBackExactly() throws Exception {
        RandomNames names = new RandomNames(1984, true);
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            CertificateName name = names.next();
            RacfNameFilters.Rendering filter = RacfNameFilters.render(name);
            if (filter.text() == null) {
                assertFalse(filter.findings().isEmpty(), Rfc4514Names.render(name));
                continue;
            }
            RDN[] encoded = X500Name.getInstance(CertificateNames.x500(name).getEncoded()).getRDNs();
            String[] parts = filter.text().split("\\."); //$NON-NLS-1$
            assertEquals(encoded.length, parts.length, filter.text());
            for (int p = 0; p < parts.length; p++) {
                String value = ((ASN1String) encoded[encoded.length - 1 - p].getFirst().getValue()).getString();
                assertTrue(parts[p].endsWith("=" + value), parts[p] + " vs " + value); //$NON-NLS-1$ //$NON-NLS-2$
            }
            RacfNameFilters.Parsed read = RacfNameFilters.parse(filter.text());
            assertEquals(List.of(), read.findings(), filter.text());
            assertEquals(name, read.name(), filter.text());
            checked++;
        }
        assertTrue(checked > 200, "enough names fit a RACF filter: " + checked); //$NON-NLS-1$
    }

    @Test
    void theReferenceExampleAndTheNamesAFilterCannotHold() {
        assertEquals("CN=app1.OU=Payments.O=Example.C=GB", //$NON-NLS-1$
                RacfNameFilters.render(Rfc4514Names.parse("CN=app1,OU=Payments,O=Example,C=GB")).text()); //$NON-NLS-1$
        RacfNameFilters.Rendering period = RacfNameFilters.render(Rfc4514Names.parse("CN=app1,O=Example Inc.,C=GB")); //$NON-NLS-1$
        assertNull(period.text(), "refused, not shortened to a filter that maps more certificates"); //$NON-NLS-1$
        assertEquals(Set.of(RacfNameFilters.PERIOD_IN_VALUE), codes(period.findings()));
        assertEquals(Set.of(RacfNameFilters.MULTI_VALUED_RDN),
                codes(RacfNameFilters.render(Rfc4514Names.parse("CN=app1+UID=7,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfNameFilters.NO_KEYWORD),
                codes(RacfNameFilters.render(Rfc4514Names.parse("CN=app1,2.5.4.97=VATGB-1,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfNameFilters.QUOTE_IN_VALUE),
                codes(RacfNameFilters.render(Rfc4514Names.parse("CN=O'Brien,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfNameFilters.NOT_A_FILTER), codes(RacfNameFilters.parse("CN=app1..C=GB").findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfNameFilters.NOT_A_FILTER), codes(RacfNameFilters.parse("XX=app1").findings())); //$NON-NLS-1$
    }

    private static Set<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toSet());
    }
}
