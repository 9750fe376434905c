package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.testing.HeadlessBrowser;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.QueueManagerFixtures;

/**
 * {@code mqsec report}: a queue manager's dump and its key repository (keytool made it: the queue
 * manager's certificate expiring in 10 days, an old certificate expired) as an HTML report that
 * Debian's Chromium opens, showing the summary, the findings by code and the expiry chart
 * (screenshot in target/screenshots), and as Markdown.
 */
class ReportCommandsTest {

    @Test
    void aDumpAndItsKeyRepositoryAreReportedAndTheHtmlOpensInABrowser() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("cli-report"); //$NON-NLS-1$
        Path key = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.deleteIfExists(key);
        fixtures.keytool("-genkeypair", "-alias", "ibmwebspheremqqm1", "-keyalg", "RSA", "-keysize", "3072", "-dname", "CN=QM1,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-validity", "10", "-storetype", "PKCS12", "-keystore", key.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        fixtures.keytool("-genkeypair", "-alias", "old", "-keyalg", "RSA", "-keysize", "3072", "-dname", "CN=old,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-startdate", "-400d", "-validity", "30", "-storetype", "PKCS12", "-keystore", key.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        // the queue manager opens its repository with the stash beside it, and so does the report
        StashFile.write(StashFile.besides(key), KeystoreFixtures.PASSWORD.toCharArray());
        Path dump = dir.resolve("qm1.mqsc"); //$NON-NLS-1$
        Files.writeString(dump, QueueManagerFixtures.DUMP
                + "DEFINE CHANNEL('OPEN.SVRCONN') CHLTYPE(SVRCONN) MCAUSER('mqm') REPLACE\n" //$NON-NLS-1$
                + "SET POLICY('PAY.Q') SIGNALG(MD5) ENCALG(AES256) RECIP('CN=app1,O=Example') ENFORCE KEYREUSE(DISABLED) ACTION(REPLACE)\n"); //$NON-NLS-1$
        Path html = dir.resolve("qm1-report.html"); //$NON-NLS-1$
        CommandRun run = mqsec("report", "--dump", dump.toString(), "--key-repository", key.toString(), "--format", "html", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                html.toString());
        // every finding here is a warning (CHLAUTH's default back-stop keeps mqm out), so the report succeeds
        assertEquals(Mqsec.OK, run.code(), run.out() + run.err());
        assertTrue(Files.isRegularFile(html), run.err());

        String dom = HeadlessBrowser.dumpDom(html);
        assertTrue(dom.contains("<table class=\"summary\">"), dom); //$NON-NLS-1$
        for (String code : new String[] { "REPORT_CERTIFICATE_EXPIRING", "REPORT_CERTIFICATE_EXPIRED", "PLAN_WEAK_POLICY_ALGORITHM", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "PLAN_PRIVILEGED_MCAUSER", "PLAN_CHANNEL_WITHOUT_TLS" }) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(dom.contains("<td>" + code + "</td>"), code + " in " + dom); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        assertTrue(dom.contains("queue manager QM1"), "the certificate the queue manager presents is named: " + dom); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(dom.contains("<svg") && dom.contains("QM1: ibmwebspheremqqm1"), "the expiry chart: " + dom); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        HeadlessBrowser.screenshot(html, Path.of("target", "screenshots", "report-qm1.png"), 1280, 2400); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        CommandRun markdown = mqsec("report", "--dump", dump.toString(), "--format", "md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(markdown.out().startsWith("# IBM MQ security report"), markdown.out()); //$NON-NLS-1$
        assertTrue(markdown.out().contains("| QM1 | 0 | 4 | 1 | " + dump + " |"), "errors, warnings, information: " + markdown.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(markdown.out().contains("REPORT\\_KEY\\_REPOSITORY\\_NOT\\_READ"), "without the key repository: " + markdown.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(markdown.out().contains("| OPEN.SVRCONN | SVRCONN |"), markdown.out()); //$NON-NLS-1$
    }

    @Test
    void aKeyRepositoryWithoutItsStashIsToldInWords() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("cli-report-nostash"); //$NON-NLS-1$
        Path key = KeystoreFixtures.get().keytoolQueueManagerRepository(dir);
        Path dump = dir.resolve("qm1.mqsc"); //$NON-NLS-1$
        Files.writeString(dump, QueueManagerFixtures.DUMP);
        CommandRun run = mqsec("report", "--dump", dump.toString(), "--key-repository", key.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, run.code());
        assertTrue(!run.err().contains("\tat ") && run.err().contains("existing-qm.p12"), run.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
