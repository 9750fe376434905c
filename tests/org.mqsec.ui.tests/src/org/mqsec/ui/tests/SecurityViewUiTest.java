package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.testing.HeadlessBrowser;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.security.SecurityView;

/**
 * The queue manager security view driven as an administrator drives it: a dump loaded, its
 * findings read by code; the queue manager's key repository (keytool made it, its stash beside it)
 * added, and the certificate it presents flagged as expiring; the audit report exported and opened
 * in Debian's headless Chromium.
 */
class SecurityViewUiTest extends ViewUiTest {

    @Override
    protected Object[] families() {
        return new Object[] { QueueManagerJobs.READ, QueueManagerJobs.REPORT };
    }

    @Override
    protected String[] views() {
        return new String[] { SecurityView.ID };
    }

    @Test
    void loadADumpAddItsKeyRepositoryAndExportTheReport() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("ui-security"); //$NON-NLS-1$
        Path key = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.deleteIfExists(key);
        fixtures.keytool("-genkeypair", "-alias", "ibmwebspheremqqm1", "-keyalg", "RSA", "-keysize", "3072", "-dname", "CN=QM1,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-validity", "12", "-storetype", "PKCS12", "-keystore", key.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        StashFile.write(StashFile.besides(key), KeystoreFixtures.PASSWORD.toCharArray());

        driver.click(driver.menuItem(driver.mainShell(), "File", "Queue Manager Security")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(SecurityView.ID), "the Queue Manager Security view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(SecurityView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "security.summary", Label.class); //$NON-NLS-1$
        Runnable loaded = driver.whenOpen("Load a Queue Manager Dump", dialog -> { //$NON-NLS-1$
            dialog.set("security.import.text", QueueManagerFixtures.DUMP + "DEFINE CHANNEL('OPEN.SVRCONN') CHLTYPE(SVRCONN) MCAUSER('mqm') REPLACE\n"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Import")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "security.loadDump", Button.class)); //$NON-NLS-1$
        loaded.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("Queue manager QM1 from pasted text"), "the dump read"); //$NON-NLS-1$ //$NON-NLS-2$
        Table findings = WorkbenchDriver.get(area, "security.findings", Table.class); //$NON-NLS-1$
        assertTrue(WorkbenchDriver.findingCodes(findings).containsAll(List.of("PLAN_CHANNEL_WITHOUT_TLS", "PLAN_PRIVILEGED_MCAUSER", "REPORT_KEY_REPOSITORY_NOT_READ")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                WorkbenchDriver.findingCodes(findings).toString());
        driver.settle();
        driver.screenshot("dump-loaded"); //$NON-NLS-1$

        // the key repository SSLKEYR names, as the queue manager opens it: with its stash
        Runnable opened = driver.answerOpenDialog("The Queue Manager's Key Repository", key); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "security.keyRepository", Button.class)); //$NON-NLS-1$
        opened.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> WorkbenchDriver.findingCodes(findings).contains("REPORT_CERTIFICATE_EXPIRING"), "the certificates read"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!WorkbenchDriver.findingCodes(findings).contains("REPORT_KEY_REPOSITORY_NOT_READ"), WorkbenchDriver.findingCodes(findings).toString()); //$NON-NLS-1$
        Table certificates = WorkbenchDriver.get(area, "security.certificates", Table.class); //$NON-NLS-1$
        assertTrue(Arrays.stream(certificates.getItems()).anyMatch(i -> i.getText(0).equals("ibmwebspheremqqm1") //$NON-NLS-1$
                && i.getText(3).equals("queue manager QM1")), "the certificate QM1 presents"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        driver.screenshot("key-repository-added"); //$NON-NLS-1$

        // the audit report, opened by a real browser
        Path html = dir.resolve("QM1-security.html"); //$NON-NLS-1$
        Files.deleteIfExists(html);
        Runnable saved = driver.answerSaveDialog("Export the Security Report", html); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "security.export", Button.class)); //$NON-NLS-1$
        saved.run();
        driver.waitForJobs(QueueManagerJobs.REPORT);
        driver.waitUntil(() -> Files.exists(html), "the report written"); //$NON-NLS-1$
        String dom = HeadlessBrowser.dumpDom(html);
        assertTrue(dom.contains("<td>REPORT_CERTIFICATE_EXPIRING</td>") && dom.contains("<td>PLAN_PRIVILEGED_MCAUSER</td>"), dom); //$NON-NLS-1$ //$NON-NLS-2$
        HeadlessBrowser.screenshot(html, Path.of("target", "screenshots", "security-report-in-chromium.png"), 1280, 2000); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
