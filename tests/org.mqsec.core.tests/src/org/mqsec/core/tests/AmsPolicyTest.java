package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm;
import org.mqsec.core.ams.AmsPolicy.Protection;
import org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.dn.AmsPolicyNames;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;

/**
 * AMS policies: the quality of protection, validation by code, MQSC and setmqspl written and read
 * back, and dspmqspl's report read from IBM's documented example.
 */
class AmsPolicyTest {

    private static final String PRIVACY = "CN=app1,O=Example Ltd,C=GB"; //$NON-NLS-1$

    private static AmsPolicy policy(SignatureAlgorithm signature, EncryptionAlgorithm encryption, List<String> signers,
            List<String> recipients, boolean tolerate, int keyReuse) {
        return new AmsPolicy("PAY.Q", signature, encryption, signers, recipients, tolerate, keyReuse); //$NON-NLS-1$
    }

    private static List<String> codes(AmsPolicy policy) {
        return policy.check().stream().map(Finding::code).toList();
    }

    @Test
    void theQualityOfProtectionFollowsTheAlgorithms() {
        assertEquals(Protection.NONE, policy(null, null, List.of(), List.of(), false, 0).protection());
        assertEquals(Protection.INTEGRITY, policy(SignatureAlgorithm.SHA256, null, List.of(), List.of(), false, 0).protection());
        assertEquals(Protection.PRIVACY, policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of(PRIVACY), false, 0)
                .protection());
        assertEquals(Protection.CONFIDENTIALITY, policy(null, EncryptionAlgorithm.AES256, List.of(), List.of(PRIVACY), false, 100).protection());
        assertTrue(Protection.CONFIDENTIALITY.explanation().contains("cannot tell who put it")); //$NON-NLS-1$
    }

    @Test
    void eachRuleHasItsCode() {
        assertEquals(List.of(), codes(policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(PRIVACY), List.of(PRIVACY), false, 0)));
        assertEquals(List.of(AmsPolicy.NO_RECIPIENT), codes(policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of(), false, 0)));
        assertEquals(List.of(AmsPolicy.SIGNER_WITHOUT_ALGORITHM, AmsPolicy.NO_PROTECTION),
                codes(policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.NONE, List.of(PRIVACY), List.of(), false, 0)));
        assertEquals(List.of(AmsPolicy.WEAK_ALGORITHM, AmsPolicy.WEAK_ALGORITHM),
                codes(policy(SignatureAlgorithm.MD5, EncryptionAlgorithm.TRIPLE_DES, List.of(), List.of(PRIVACY), false, 0)));
        assertEquals(List.of(AmsPolicy.KEY_REUSE_IGNORED), codes(policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of(PRIVACY), false, 10)));
        assertEquals(List.of(AmsPolicy.KEY_REUSE_UNLIMITED_RISK), codes(policy(null, EncryptionAlgorithm.AES256, List.of(), List.of(PRIVACY), false, -1)));
        assertEquals(List.of(AmsPolicy.KEY_REUSE_RANGE), codes(policy(null, EncryptionAlgorithm.AES256, List.of(), List.of(PRIVACY), false, 10_000_000)));
        assertEquals(List.of(AmsPolicy.TOLERATES), codes(policy(SignatureAlgorithm.SHA256, null, List.of(), List.of(), true, 0)));
        // DNs in AMS's dialect: attribute names in upper case; the same DN twice
        assertEquals(List.of(AmsPolicyNames.LOWER_CASE_KEYWORD, AmsPolicy.DUPLICATE_DN),
                codes(policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of("cn=app1,O=Example", "cn=app1,O=Example"), //$NON-NLS-1$ //$NON-NLS-2$
                        false, 0)).stream().distinct().toList());
        assertEquals(List.of(AmsPolicy.NO_NAME), new AmsPolicy("", SignatureAlgorithm.SHA256, null, List.of(), List.of(), false, 0) //$NON-NLS-1$
                .check().stream().map(Finding::code).toList());
    }

    @Test
    void setmqsplIsWrittenWithEveryAttributeAndQuotedSoAnyDnIsOneWord() {
        AmsPolicy policy = policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of("CN=O'Brien,O=Example Ltd"), //$NON-NLS-1$
                List.of(PRIVACY, "CN=app2,O=Example Ltd"), false, 0); //$NON-NLS-1$
        String line = AmsPolicyText.setmqspl("QM1", policy); //$NON-NLS-1$
        assertEquals("setmqspl -m QM1 -p PAY.Q -s SHA256 -e AES256 -a 'CN=O'\\''Brien,O=Example Ltd' -r 'CN=app1,O=Example Ltd,C=GB' " //$NON-NLS-1$
                + "-r 'CN=app2,O=Example Ltd' -t 0 -c 0", line); //$NON-NLS-1$
        List<AmsPolicyText.Command> read = AmsPolicyText.parseSetmqspl("# made by mqsec\n" + line + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + AmsPolicyText.setmqspl("QM1", policy(null, EncryptionAlgorithm.AES128, List.of(), List.of(PRIVACY), true, -1)) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + AmsPolicyText.setmqsplRemove("QM1", "OLD.Q")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(policy, read.get(0).policy());
        assertEquals("QM1", read.get(0).queueManager()); //$NON-NLS-1$
        assertEquals(AmsPolicy.KEY_REUSE_UNLIMITED, read.get(1).policy().keyReuse());
        assertTrue(read.get(1).policy().tolerate());
        assertEquals("OLD.Q", read.get(2).removed()); //$NON-NLS-1$
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> AmsPolicyText.parseSetmqspl("setmqspl -m QM1 -p PAY.Q -x 1")); //$NON-NLS-1$
        assertTrue(unknown.getMessage().startsWith("Line 1: -x is not an option"), unknown.getMessage()); //$NON-NLS-1$
        IllegalArgumentException badAlgorithm = assertThrows(IllegalArgumentException.class,
                () -> AmsPolicyText.parseSetmqspl("setmqspl -m QM1 -p PAY.Q -s sha256")); //$NON-NLS-1$
        assertTrue(badAlgorithm.getMessage().contains("SIGNALG(SHA256)") || badAlgorithm.getMessage().contains("sha256"), badAlgorithm.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void setPolicyIsWrittenWithEveryAttributeAndReadBackFromADump() {
        AmsPolicy policy = policy(SignatureAlgorithm.SHA512, EncryptionAlgorithm.AES256, List.of("CN=putter,O=Example"), List.of(PRIVACY), //$NON-NLS-1$
                false, 0);
        String mqsc = policy.step().toMqsc().toString();
        assertEquals("SET POLICY('PAY.Q') SIGNALG(SHA512) ENCALG(AES256) SIGNER('CN=putter,O=Example') RECIP('CN=app1,O=Example Ltd,C=GB') " //$NON-NLS-1$
                + "ENFORCE KEYREUSE(DISABLED) ACTION(REPLACE)", mqsc); //$NON-NLS-1$
        assertEquals(List.of(), MqscReader.readScript(mqsc).problems());
        QueueManagerState state = QueueManagerStateReader.read(mqsc, "test"); //$NON-NLS-1$
        assertEquals(policy, AmsPolicy.of("PAY.Q", state.policy("PAY.Q").orElseThrow().attributes())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** IBM MQ 9.2 documentation, dspmqspl: the report of two policies (mq-security.md 3.1). */
    private static final String DSPMQSPL = """
            Policy Details:
            Policy name: PROT
            Quality of protection: PRIVACY
            Signature algorithm: SHA256
            Encryption algorithm: AES256
            Signer DNs: -
            Recipient DNs:
            CN=Name, O=Organization, C=Country
            Toleration: 0
            Key Reuse Count: 0
            - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
            Policy Details:
            Policy name: PROT2
            Quality of protection: CONFIDENTIALITY
            Signature algorithm: NONE
            Encryption algorithm: AES256
            Signer DNs: -
            Recipient DNs:
            CN=Name, O=Organization, C=Country
            Toleration: 0
            Key Reuse Count: 100
            """;

    @Test
    void ibmsDocumentedDspmqsplReportIsRead() {
        List<AmsPolicy> policies = AmsPolicyText.parseDspmqspl(DSPMQSPL);
        assertEquals(new AmsPolicy("PROT", SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), //$NON-NLS-1$
                List.of("CN=Name, O=Organization, C=Country"), false, 0), policies.get(0)); //$NON-NLS-1$
        assertEquals(Protection.CONFIDENTIALITY, policies.get(1).protection());
        assertEquals(100, policies.get(1).keyReuse());
        assertEquals(2, policies.size());
        IllegalArgumentException differs = assertThrows(IllegalArgumentException.class,
                () -> AmsPolicyText.parseDspmqspl(DSPMQSPL.replace("Quality of protection: CONFIDENTIALITY", "Quality of protection: PRIVACY"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(differs.getMessage().contains("CONFIDENTIALITY"), differs.getMessage()); //$NON-NLS-1$
        IllegalArgumentException notReport = assertThrows(IllegalArgumentException.class, () -> AmsPolicyText.parseDspmqspl("hello")); //$NON-NLS-1$
        assertTrue(notReport.getMessage().startsWith("Line 1:"), notReport.getMessage()); //$NON-NLS-1$
    }

    @Test
    void eachSideIsToldOnlyTheListItUses() {
        AmsPolicy privacy = new AmsPolicy("PAY.Q", SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of("CN=alice,O=Example"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("CN=bob,O=Example"), false, 0); //$NON-NLS-1$
        String putter = String.join(" ", privacy.putterUses()); //$NON-NLS-1$
        String getter = String.join(" ", privacy.getterChecks()); //$NON-NLS-1$
        // seed 2: the putter encrypts for -r and ignores -a; the getter checks -a and ignores -r
        assertTrue(putter.contains("CN=bob,O=Example") && !putter.contains("CN=alice,O=Example"), putter); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(getter.contains("CN=alice,O=Example") && !getter.contains("CN=bob,O=Example"), getter); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(putter.contains("SHA256") && putter.contains("AES256") && getter.contains("PRIVACY"), putter + getter); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AmsPolicy none = new AmsPolicy("OPEN.Q", null, null, null, null, false, 0); //$NON-NLS-1$
        assertEquals(1, none.putterUses().size());
        assertEquals(1, none.getterChecks().size());
        AmsPolicy confidential = new AmsPolicy("FAST.Q", null, EncryptionAlgorithm.AES256, List.of(), List.of("CN=bob,O=Example"), false, 100); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(String.join(" ", confidential.putterUses()).contains("100"), confidential.putterUses().toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theChangesFromReadToEditedPoliciesAreTheFewestSteps() {
        AmsPolicy a = new AmsPolicy("A.Q", SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of("CN=bob,O=Example"), false, 0); //$NON-NLS-1$ //$NON-NLS-2$
        AmsPolicy b = new AmsPolicy("B.Q", SignatureAlgorithm.SHA256, null, List.of(), List.of(), false, 0); //$NON-NLS-1$
        AmsPolicy c = new AmsPolicy("C.Q", SignatureAlgorithm.SHA512, null, List.of(), List.of(), false, 0); //$NON-NLS-1$
        // A.Q's recipient written as dspmqspl shows it (spaces after commas): AMS compares it as the same DN
        AmsPolicy aSpaced = new AmsPolicy("A.Q", SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), List.of("CN=bob, O=Example"), //$NON-NLS-1$ //$NON-NLS-2$
                false, 0);
        AmsPolicy bStronger = new AmsPolicy("B.Q", SignatureAlgorithm.SHA384, null, List.of(), List.of(), false, 0); //$NON-NLS-1$
        AmsPolicy d = new AmsPolicy("D.Q", SignatureAlgorithm.SHA256, null, List.of("CN=alice,O=Example"), List.of(), false, 0); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> steps = org.mqsec.core.ams.AmsPolicyChanges.between(List.of(a, b, c), List.of(aSpaced, bStronger, d)).stream()
                .map(step -> step.toMqsc().toString()).toList();
        assertEquals(3, steps.size(), steps.toString());
        assertEquals("DELETE POLICY('C.Q')", steps.get(0)); //$NON-NLS-1$
        assertTrue(steps.get(1).startsWith("SET POLICY('B.Q') SIGNALG(SHA384)"), steps.get(1)); //$NON-NLS-1$
        assertEquals(List.of(bStronger, d), AmsPolicyText.parse(steps.get(1) + "\n" + steps.get(2), "steps")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), org.mqsec.core.ams.AmsPolicyChanges.between(List.of(a, b), List.of(b, a)));
    }

    @Test
    void csq0utilSysinContinuesOnlyInsideDoubleQuotedDns() {
        // IBM's CSQ0UTIL examples: DNs with blanks in double quotes
        AmsPolicy documented = new AmsPolicy("PAY.Q", SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, //$NON-NLS-1$
                List.of("CN=John Smith,O=IBM,C=US"), List.of("CN=JSmith,O=IBM Australia,C=AU"), false, 0); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> records = org.mqsec.core.ams.AmsPolicySysin.write("QM01", List.of(documented), List.of("OLD.Q")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("setmqspl -m QM01 -p OLD.Q -remove", records.get(0)); //$NON-NLS-1$
        assertTrue(String.join("", records).contains("-a \"CN=John Smith,O=IBM,C=US\""), records.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertSysin(records);
        List<AmsPolicyText.Command> back = org.mqsec.core.ams.AmsPolicySysin.read(String.join("\n", records)); //$NON-NLS-1$
        assertEquals("OLD.Q", back.get(0).removed()); //$NON-NLS-1$
        assertEquals(documented, back.get(1).policy());
        assertEquals("QM01", back.get(1).queueManager()); //$NON-NLS-1$

        // long DNs run over several records; the whole SYSIN in its JCL reads back too
        String longDn = "CN=payments application with a long name,OU=Payments and Settlements Department,O=Example Banking Group plc,L=London,C=GB"; //$NON-NLS-1$
        AmsPolicy many = new AmsPolicy("PAYMENTS.SETTLEMENT.REQUEST.QUEUE", SignatureAlgorithm.SHA512, EncryptionAlgorithm.AES256, //$NON-NLS-1$
                List.of(longDn, "CN=a,O=b"), List.of(longDn.replace("payments", "settlement"), "CN=c,O=d", "CN=e,O=f"), false, 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<String> long_ = org.mqsec.core.ams.AmsPolicySysin.write("QM01", List.of(many), List.of()); //$NON-NLS-1$
        assertTrue(long_.size() >= 4, long_.toString());
        assertSysin(long_);
        String jcl = "//CSQ40CFG EXEC PGM=CSQ0UTIL\n//SYSIN    DD *\n" + String.join("\n", long_) + "\n/*\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(many), AmsPolicyText.parse(jcl, "jcl")); //$NON-NLS-1$

        // what the documented rule cannot lay out is refused with its code
        AmsPolicy longName = new AmsPolicy("A".repeat(48), SignatureAlgorithm.SHA256, null, List.of(), List.of(), false, 0); //$NON-NLS-1$
        assertTrue(org.mqsec.core.ams.AmsPolicySysin.check("QM01", longName).stream().anyMatch(f -> f.code().equals(org.mqsec.core.ams.AmsPolicySysin.UNSPLITTABLE))); //$NON-NLS-1$
        AmsPolicy quote = new AmsPolicy("Q", SignatureAlgorithm.SHA256, null, List.of("CN=\"x\",O=b"), List.of(), false, 0); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(org.mqsec.core.ams.AmsPolicySysin.check("QM01", quote).stream().anyMatch(f -> f.code().equals(org.mqsec.core.ams.AmsPolicySysin.QUOTE_IN_DN))); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> org.mqsec.core.ams.AmsPolicySysin.write("QM01", List.of(quote), List.of())); //$NON-NLS-1$
        assertTrue(org.mqsec.core.ams.AmsPolicySysin.check("QMGR1", documented).stream().anyMatch(f -> Finding.hasErrors(List.of(f))), //$NON-NLS-1$
                "a z/OS queue manager name has at most 4 characters"); //$NON-NLS-1$
    }

    /**
     * The documented record rules, checked on the text itself: at most 80 columns; a record ends
     * either at the end of a command or with a double-quoted argument open, the next then going on
     * from column 1.
     */
    private static void assertSysin(List<String> records) {
        boolean open = false;
        for (String record : records) {
            assertTrue(record.length() <= 80, record);
            boolean continues = open;
            open ^= record.chars().filter(c -> c == '"').count() % 2 == 1;
            if (open) {
                assertEquals(80, record.length(), "a record continued into the next is full: " + record); //$NON-NLS-1$
            }
            assertTrue(continues || record.startsWith("setmqspl "), "a record that does not continue a DN starts a command: " + record); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(!open, "the last record closes its quotes"); //$NON-NLS-1$
    }
}
