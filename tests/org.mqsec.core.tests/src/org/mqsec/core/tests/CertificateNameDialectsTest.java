package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.CertificateName.Attribute;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.MqNameFilters;
import org.mqsec.core.dn.Rfc4514Names;
import org.mqsec.core.findings.Finding;
import org.mqsec.testing.RandomNames;

/**
 * The one name model and its dialects: RFC 4514's own examples, IBM's SSLPEER examples, and
 * round trips of generated names with escapes, multi-valued RDNs, unknown OIDs and non-ASCII text.
 */
class CertificateNameDialectsTest {

    private static final String CN = "2.5.4.3"; //$NON-NLS-1$
    private static final String DC = "0.9.2342.19200300.100.1.25"; //$NON-NLS-1$

    private static List<Attribute> one(String oid, String value) {
        return List.of(new Attribute(oid, value));
    }

    /** RFC 4514 section 4, the examples as printed there. */
    @Test
    void rfc4514ExamplesParseToTheNamesTheRfcDescribes() {
        assertEquals(CertificateName.of(List.of(one("0.9.2342.19200300.100.1.1", "jsmith"), one(DC, "example"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                one(DC, "net"))), Rfc4514Names.parse("UID=jsmith,DC=example,DC=net")); //$NON-NLS-1$ //$NON-NLS-2$
        CertificateName multi = Rfc4514Names.parse("OU=Sales+CN=J.  Smith,DC=example,DC=net"); //$NON-NLS-1$
        assertEquals(java.util.Set.of(new Attribute(CN, "J.  Smith"), new Attribute("2.5.4.11", "Sales")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                java.util.Set.copyOf(multi.rdns().get(0)), "one RDN of two attributes"); //$NON-NLS-1$
        assertEquals(3, multi.rdns().size());
        assertEquals("James \"Jim\" Smith, III", //$NON-NLS-1$
                Rfc4514Names.parse("CN=James \\\"Jim\\\" Smith\\, III,DC=example,DC=net").commonName().orElseThrow()); //$NON-NLS-1$
        assertEquals("Before\rAfter", Rfc4514Names.parse("CN=Before\\0dAfter,DC=example,DC=net").commonName().orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
        CertificateName hex = Rfc4514Names.parse("1.3.6.1.4.1.1466.0=#04024869,DC=example,DC=com"); //$NON-NLS-1$
        assertEquals(new Attribute("1.3.6.1.4.1.1466.0", "#04024869", true), hex.rdns().get(0).get(0)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Lu\u010di\u0107", Rfc4514Names.parse("CN=Lu\\C4\\8Di\\C4\\87").commonName().orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void textThatIsNotANameOrHasAnUnknownTypeIsRefusedWithTheReason() {
        IllegalArgumentException notAName = assertThrows(IllegalArgumentException.class, () -> Rfc4514Names.parse("CN")); //$NON-NLS-1$
        assertTrue(notAName.getMessage().contains("RFC 4514"), notAName.getMessage()); //$NON-NLS-1$
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Rfc4514Names.parse("FAVOURITECOLOUR=blue,CN=x")); //$NON-NLS-1$
        assertTrue(unknown.getMessage().contains("FAVOURITECOLOUR"), unknown.getMessage()); //$NON-NLS-1$
    }

    /** IBM MQ "Distinguished Names" rules 1, 2 and 6: separators, spaces around them, quotes. */
    @Test
    void ibmSslpeerExamplesParseToTheSameNameAsTheirRfc4514Form() {
        CertificateName expected = Rfc4514Names.parse("CN=John Smith,O=IBM,OU=Test,C=GB"); //$NON-NLS-1$
        assertEquals(expected, MqNameFilters.parse("CN=John Smith, O=IBM ,OU=Test , C=GB")); //$NON-NLS-1$
        assertEquals(expected, MqNameFilters.parse("CN=\"John Smith\";O=IBM;OU=Test;C=GB")); //$NON-NLS-1$
        assertTrue(MqNameFilters.parse("CN=JOHN SMITH,O=ibm,OU=TEST,C=gb").sameAs(expected), "values match irrespective of case"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void rfc4514RoundTripsEveryGeneratedName() {
        RandomNames names = new RandomNames(4514, false);
        for (int i = 0; i < 3000; i++) {
            CertificateName name = names.next();
            String text = Rfc4514Names.render(name);
            assertEquals(name, Rfc4514Names.parse(text), text);
        }
    }

    @Test
    void mqFiltersRoundTripEveryNameMqCanWrite() {
        RandomNames names = new RandomNames(1024, true);
        for (int i = 0; i < 3000; i++) {
            CertificateName name = names.next();
            MqNameFilters.Rendering rendering = MqNameFilters.render(name);
            assertFalse(rendering.hasErrors(), rendering.findings().toString());
            DistinguishedName parsed = DistinguishedName.parse(rendering.text());
            assertTrue(parsed.findings().stream().noneMatch(f -> f.severity() == org.mqsec.core.findings.Severity.ERROR),
                    rendering.text() + " " + parsed.findings()); //$NON-NLS-1$
            assertEquals(name, parsed.name(), rendering.text());
        }
    }

    @Test
    void whatMqCannotWriteIsLeftOutOrRefusedWithACode() {
        CertificateName name = Rfc4514Names.parse("CN=app2,2.5.4.97=VATGB-123,O=Example\\, Inc.,C=GB"); //$NON-NLS-1$
        MqNameFilters.Rendering rendering = MqNameFilters.render(name);
        assertEquals("CN=app2,O=\"Example, Inc.\",C=GB", rendering.text()); //$NON-NLS-1$
        assertEquals(List.of(MqNameFilters.CODE_UNNAMED_ATTRIBUTE), rendering.findings().stream().map(Finding::code).toList());
        assertEquals(List.of(MqNameFilters.CODE_QUOTE_IN_VALUE), MqNameFilters.render(Rfc4514Names.parse("CN=say \\\"hi\\\"")) //$NON-NLS-1$
                .findings().stream().map(Finding::code).toList());
        assertEquals(List.of(MqNameFilters.CODE_ASTERISK_IN_VALUE), MqNameFilters.render(Rfc4514Names.parse("CN=star*")) //$NON-NLS-1$
                .findings().stream().map(Finding::code).toList());
    }
}
