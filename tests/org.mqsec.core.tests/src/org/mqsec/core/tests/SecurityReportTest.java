package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.core.report.CertificateUse;
import org.mqsec.core.report.ConnectionAuthentication;
import org.mqsec.core.report.FleetTable;
import org.mqsec.core.report.SecurityFixes;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * The security report's certificate rules, the fleet table's order and CSV, and "Fix...": each plan,
 * carried out on the state as a queue manager carries it out, leaves no finding of its kind.
 */
class SecurityReportTest {

    private static final String DUMP = String.join("\n", //$NON-NLS-1$
            "* Queue manager name: QM1", //$NON-NLS-1$
            "ALTER QMGR CHLAUTH(ENABLED) SSLKEYR('/var/mqm/qmgrs/QM1/ssl/key')", //$NON-NLS-1$
            "DEFINE CHANNEL('OPEN.SVRCONN') CHLTYPE(SVRCONN) MCAUSER('mqm') REPLACE", //$NON-NLS-1$
            "DEFINE CHANNEL('OLD.SVRCONN') CHLTYPE(SVRCONN) SSLCIPH('TLS_RSA_WITH_DES_CBC_SHA') SSLCAUTH(OPTIONAL) MCAUSER(' ') REPLACE", //$NON-NLS-1$
            "SET POLICY('PAY.Q') SIGNALG(MD5) ENCALG(3DES) RECIP('CN=app1,O=Example') ACTION(REPLACE)", //$NON-NLS-1$
            org.mqsec.core.chlauth.ChlauthRecordSet.QUEUE_MANAGER_DEFAULTS, ""); //$NON-NLS-1$

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z"); //$NON-NLS-1$

    private static List<String> codes(QueueManagerState state) {
        return SecurityReport.of(state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, List.of(), false, NOW).findings().stream().map(Finding::code)
                .toList();
    }

    @Test
    void eachFixLeavesNoFindingOfItsKind() {
        QueueManagerState state = QueueManagerStateReader.read(DUMP, "dump"); //$NON-NLS-1$
        List<String> before = codes(state);
        for (String code : List.of(Plan.NO_TLS, Plan.SSLCAUTH_OPTIONAL, Plan.DEPRECATED_CIPHERSPEC, Plan.BLANK_MCAUSER, Plan.PRIVILEGED_MCAUSER,
                ChlauthLint.NO_BACKSTOP, Plan.WEAK_POLICY_ALGORITHM)) {
            assertTrue(before.contains(code), code + " in " + before); //$NON-NLS-1$
            assertTrue(SecurityFixes.fixable(code));
            Plan plan = SecurityFixes.plan(code, state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS);
            assertFalse(plan.steps().isEmpty(), code);
            assertFalse(Plan.hasErrors(plan.validate()), code + ": " + plan.validate()); //$NON-NLS-1$
            QueueManagerState after = state;
            int number = 1;
            for (PlanStep step : plan.steps()) {
                PlanComparison.Result result = PlanComparison.apply(after, step, number++);
                after = result.state();
            }
            assertFalse(codes(after).contains(code), code + " after its fix: " + codes(after)); //$NON-NLS-1$
            assertTrue(SecurityFixes.plan(code, after, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS).steps().isEmpty(), code);
        }
        assertFalse(SecurityFixes.fixable(SecurityReport.CERTIFICATE_EXPIRED), "a certificate is renewed, not planned"); //$NON-NLS-1$
    }

    /** IBM MQ's documented set-up ("Connection authentication: Configuration"), then each weakening of it. */
    private static final String CONNAUTH = String.join("\n", //$NON-NLS-1$
            "* Queue manager name: QM1", //$NON-NLS-1$
            "ALTER QMGR CONNAUTH(USE.PW)", //$NON-NLS-1$
            "DEFINE AUTHINFO(USE.PW) AUTHTYPE(IDPWOS) FAILDLAY(10) CHCKLOCL(OPTIONAL) CHCKCLNT(REQUIRED)", //$NON-NLS-1$
            "DEFINE AUTHINFO('SYSTEM.DEFAULT.AUTHINFO.CRLLDAP') AUTHTYPE(CRLLDAP) CONNAME(' ') REPLACE", //$NON-NLS-1$
            ""); //$NON-NLS-1$

    private static List<String> connauthCodes(String dump) {
        return codes(QueueManagerStateReader.read(dump, "dump")).stream().filter(c -> c.startsWith("REPORT_CONNAUTH")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void connectionAuthenticationIsCheckedAsIbmDocumentsItAndEachWeakeningIsAFinding() {
        assertEquals(List.of(), connauthCodes(CONNAUTH), "IBM's documented configuration"); //$NON-NLS-1$
        assertEquals(List.of(), connauthCodes(QueueManagerStateTest.DUMP), "a 9.4 queue manager's defaults: REQDADM, ADOPTCTX(YES)"); //$NON-NLS-1$
        assertEquals(List.of(ConnectionAuthentication.OFF), connauthCodes(CONNAUTH.replace("CONNAUTH(USE.PW)", "CONNAUTH(' ')"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(ConnectionAuthentication.OBJECT_MISSING), connauthCodes(CONNAUTH.replace("CONNAUTH(USE.PW)", "CONNAUTH(USE.PWD)"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(ConnectionAuthentication.WRONG_TYPE),
                connauthCodes(CONNAUTH.replace("CONNAUTH(USE.PW)", "CONNAUTH('SYSTEM.DEFAULT.AUTHINFO.CRLLDAP')"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(ConnectionAuthentication.CLIENTS_UNCHECKED), connauthCodes(CONNAUTH.replace("CHCKCLNT(REQUIRED)", "CHCKCLNT(OPTIONAL)"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(ConnectionAuthentication.CLIENTS_UNCHECKED), connauthCodes(CONNAUTH.replace("CHCKCLNT(REQUIRED)", "CHCKCLNT(NONE)"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), connauthCodes(CONNAUTH.replace("CHCKCLNT(REQUIRED)", "CHCKCLNT(REQDADM)")), "IBM's default for new queue managers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(ConnectionAuthentication.NO_ADOPTCTX), connauthCodes(CONNAUTH.replace("FAILDLAY(10)", "FAILDLAY(10) ADOPTCTX(NO)"))); //$NON-NLS-1$ //$NON-NLS-2$
        // with no client check at all, ADOPTCTX has nothing to adopt: one finding, not two
        assertEquals(List.of(ConnectionAuthentication.CLIENTS_UNCHECKED),
                connauthCodes(CONNAUTH.replace("FAILDLAY(10)", "ADOPTCTX(NO)").replace("CHCKCLNT(REQUIRED)", "CHCKCLNT(NONE)"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // a dump without AUTHINFO objects cannot tell: nothing is guessed
        assertEquals(List.of(), connauthCodes("* Queue manager name: QM1\nALTER QMGR CONNAUTH(USE.PW)\n")); //$NON-NLS-1$
        // the finding names the object and what to run, with the object's own type
        Finding optional = SecurityReport.of(QueueManagerStateReader.read(CONNAUTH.replace("CHCKCLNT(REQUIRED)", "CHCKCLNT(OPTIONAL)") //$NON-NLS-1$ //$NON-NLS-2$
                .replace("IDPWOS", "IDPWLDAP"), "dump"), RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, List.of(), false, NOW).findings().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .filter(f -> f.code().equals(ConnectionAuthentication.CLIENTS_UNCHECKED)).findFirst().orElseThrow();
        assertEquals("CHCKCLNT", optional.field()); //$NON-NLS-1$
        assertTrue(optional.fix().startsWith("ALTER AUTHINFO('USE.PW') AUTHTYPE(IDPWLDAP) CHCKCLNT(REQUIRED)"), optional.fix()); //$NON-NLS-1$
    }

    @Test
    void certificatesInUseAreFlaggedByExpiryAndTheFleetTableSortsThemFirst() {
        QueueManagerState state = QueueManagerStateReader.read(DUMP.replace("MCAUSER('mqm')", "SSLCIPH('ANY_TLS12_OR_HIGHER') MCAUSER('app')"), "dump"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<CertificateUse> certificates = List.of(
                new CertificateUse("ibmwebspheremqqm1", "CN=QM1", "CN=CA", NOW.plus(Duration.ofDays(10)), true, CertificateKeyType.RSA,
                        List.of("queue manager QM1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new CertificateUse("ca", "CN=CA", "CN=CA", NOW.minus(Duration.ofDays(1)), false, CertificateKeyType.RSA, List.of()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new CertificateUse("spare", "CN=spare, \"x\"", "CN=CA", NOW.plus(Duration.ofDays(400)), true, CertificateKeyType.EC, List.of())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        SecurityReport report = SecurityReport.of(state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, certificates, true, NOW);
        assertEquals("ibmwebspheremqqm1", report.settings().get("CERTLABL")); //$NON-NLS-1$ //$NON-NLS-2$
        List<Finding> expiry = report.findings().stream().filter(f -> f.code().startsWith("REPORT_")).toList(); //$NON-NLS-1$
        assertEquals(List.of(SecurityReport.CERTIFICATE_EXPIRING, SecurityReport.CERTIFICATE_EXPIRED), expiry.stream().map(Finding::code).toList());
        assertEquals(List.of(org.mqsec.core.findings.Severity.WARNING, org.mqsec.core.findings.Severity.WARNING),
                expiry.stream().map(Finding::severity).toList(), "the expired CA is used by nothing: a warning"); //$NON-NLS-1$
        // no certificate under the label the queue manager presents
        SecurityReport missing = SecurityReport.of(state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, certificates.subList(1, 3), true, NOW);
        assertTrue(missing.findings().stream().anyMatch(f -> f.code().equals(SecurityReport.CERTIFICATE_MISSING) && Finding.hasErrors(List.of(f))));
        assertEquals("ibmWebSphereMQQM1", QueueManagerPlatform.ZOS.defaultCertificateLabel("QM1")); //$NON-NLS-1$ //$NON-NLS-2$
        // an ECDSA CipherSpec on a channel whose certificate (the queue manager's) has an RSA key; one with its own EC certificate is fine
        QueueManagerState ecdsa = QueueManagerStateReader.read(DUMP.replace("MCAUSER('mqm')", //$NON-NLS-1$
                "SSLCIPH('ECDHE_ECDSA_AES_128_GCM_SHA256') MCAUSER('app')") + "DEFINE CHANNEL('EC.SVRCONN') CHLTYPE(SVRCONN) " //$NON-NLS-1$ //$NON-NLS-2$
                + "SSLCIPH('ECDHE_ECDSA_AES_128_GCM_SHA256') CERTLABL('spare') MCAUSER('app') REPLACE\n", "dump"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Finding> mismatches = SecurityReport.of(ecdsa, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, certificates, true, NOW).findings().stream()
                .filter(f -> f.code().equals(SecurityReport.CIPHER_CERTIFICATE_MISMATCH)).toList();
        assertEquals(1, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).message().contains("OPEN.SVRCONN") && Finding.hasErrors(mismatches), mismatches.toString()); //$NON-NLS-1$

        List<FleetTable.Row> rows = FleetTable.rows(List.of(report), List.of(new FleetTable.Unread("QM9", "no answer")), NOW); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("ca", "ibmwebspheremqqm1", "spare"), rows.subList(0, 3).stream().map(FleetTable.Row::label).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(FleetTable.Kind.UNREAD, rows.get(rows.size() - 1).kind());
        String csv = FleetTable.csv(rows);
        assertTrue(csv.contains(",\"CN=spare, \"\"x\"\"\","), "RFC 4180 quoting: " + csv); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(csv.lines().allMatch(line -> !line.isEmpty()), csv);
    }
}
