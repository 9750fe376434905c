package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.DnAttribute;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;

/** MQ's DN rules (IBM MQ "Distinguished Names", rules 1-6; shared/reference/mq-security.md 7). */
class DistinguishedNameTest {

    /**
     * A line break in a subject would end an MQSC command or a script line; RFC 5280's upper bounds
     * (ub-common-name 64, ub-locality-name 128) are what openssl's req refuses beyond; a trailing
     * separator is an RDN left out.
     */
    static Stream<Arguments> refusedNames() {
        return Stream.of(Arguments.of("CN=a\nALTER QMGR CHLAUTH(DISABLED)", DistinguishedName.CONTROL_CHARACTER), //$NON-NLS-1$
                Arguments.of("CN=a" + (char) 0 + "b", DistinguishedName.CONTROL_CHARACTER), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("O=x" + (char) 0x85 + "y,CN=z", DistinguishedName.CONTROL_CHARACTER), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("CN=a,", DistinguishedName.EMPTY_RDN), //$NON-NLS-1$
                Arguments.of("CN=a;O=b;", DistinguishedName.EMPTY_RDN), //$NON-NLS-1$
                Arguments.of("CN=" + "c".repeat(65), DistinguishedName.VALUE_TOO_LONG), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("L=" + "l".repeat(129) + ",CN=x", DistinguishedName.VALUE_TOO_LONG)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @ParameterizedTest
    @MethodSource("refusedNames")
    void controlCharactersOverlongValuesAndTrailingSeparatorsAreRefused(String name, String code) {
        DistinguishedName dn = DistinguishedName.parse(name);
        assertTrue(dn.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && f.code().equals(code)),
                dn.findings().toString());
    }

    @Test
    void theUpperBoundsThemselvesAreAllowed() {
        assertEquals(List.of(), DistinguishedName.parse("CN=" + "c".repeat(64) + ",L=" + "l".repeat(128)).findings()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void readsTheDocumentedExampleWithSpacesAroundSeparators() {
        // IBM's own example for rule 2: spaces before and after separators are ignored
        DistinguishedName dn = DistinguishedName.parse("CN=John Smith, O=IBM ,OU=Test , C=GB"); //$NON-NLS-1$
        assertEquals(List.of(), dn.findings());
        assertEquals(List.of(new DistinguishedName.Rdn(DnAttribute.CN, "John Smith"), //$NON-NLS-1$
                new DistinguishedName.Rdn(DnAttribute.O, "IBM"), new DistinguishedName.Rdn(DnAttribute.OU, "Test"), //$NON-NLS-1$ //$NON-NLS-2$
                new DistinguishedName.Rdn(DnAttribute.C, "GB")), dn.rdns()); //$NON-NLS-1$
        assertEquals("CN=John Smith,O=IBM,OU=Test,C=GB", dn.canonical()); //$NON-NLS-1$
    }

    @Test
    void semicolonsQuotesAndAliases() {
        DistinguishedName dn = DistinguishedName.parse("CN=\"Smith, John\";E=js@example.com;SP=Hampshire;C=GB;O=X"); //$NON-NLS-1$
        assertEquals(List.of(), dn.findings());
        assertEquals("Smith, John", dn.rdns().get(0).value()); //$NON-NLS-1$
        assertEquals(DnAttribute.MAIL, dn.rdns().get(1).attribute());
        assertEquals(DnAttribute.ST, dn.rdns().get(2).attribute());
        assertEquals("CN=\"Smith, John\",MAIL=js@example.com,ST=Hampshire,C=GB,O=X", dn.canonical()); //$NON-NLS-1$
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cn=QM1,O=X,C=GB | not upper case",
            "CN =QM1,O=X,C=GB | space between CN and '='",
            "EMAIL=a@b.c,CN=QM1 | not an attribute type",
            "CN=QM1,GIVENNAME=Jo | not an attribute type",
            "CN=\"QM1,O=X | not closed",
            "CN=,O=X | has no value",
            "QM1 | has no '='",
            "' ' | empty" })
    void badNamesAreReportedWithTheRule(String text, String phrase) {
        List<Finding> findings = DistinguishedName.parse(text).findings();
        assertTrue(Finding.hasErrors(findings), text);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains(phrase)), findings.toString());
        assertTrue(findings.stream().allMatch(f -> !f.fix().isEmpty()), "every finding says what to do"); //$NON-NLS-1$
    }

    @Test
    void emailTypeGetsAHintToUseMail() {
        Finding finding = DistinguishedName.parse("EMAIL=a@b.c").findings().get(0); //$NON-NLS-1$
        assertTrue(finding.fix().contains("MAIL="), finding.fix()); //$NON-NLS-1$
    }

    @Test
    void certificateSubjectsNeedACnAndNoWildcards() {
        assertEquals(List.of(), DistinguishedName.parse("CN=QM1,OU=MQ,O=Example,C=GB").subjectFindings()); //$NON-NLS-1$
        List<Finding> wildcard = DistinguishedName.parse("CN=QM*,O=Example,C=GB").subjectFindings(); //$NON-NLS-1$
        assertTrue(Finding.hasErrors(wildcard), wildcard.toString());
        List<Finding> country = DistinguishedName.parse("CN=QM1,O=Example,C=GBR").subjectFindings(); //$NON-NLS-1$
        assertTrue(country.stream().anyMatch(f -> f.message().contains("two-letter")), country.toString()); //$NON-NLS-1$
        List<Finding> noCn = DistinguishedName.parse("O=Example,C=GB").subjectFindings(); //$NON-NLS-1$
        assertTrue(noCn.stream().anyMatch(f -> f.message().contains("common name")), noCn.toString()); //$NON-NLS-1$
        List<Finding> onlyCn = DistinguishedName.parse("CN=QM1").subjectFindings(); //$NON-NLS-1$
        assertFalse(Finding.hasErrors(onlyCn));
        assertTrue(onlyCn.stream().anyMatch(f -> f.severity() == Severity.WARNING && f.message().contains("runmqakm"))); //$NON-NLS-1$
    }

    @Test
    void unportableCharactersAreWarnedNotRefused() {
        List<Finding> findings = DistinguishedName.parse("CN=QM_1,O=Example,C=GB").findings(); //$NON-NLS-1$
        assertFalse(Finding.hasErrors(findings));
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }
}
