package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.ZosJobs;
import org.mqsec.ui.internal.security.SecurityView;
import org.mqsec.ui.internal.zos.JobCardPreference;

/**
 * z/OS in the workbench: the job card set in Preferences, the TLS channel wizard for a z/OS queue
 * manager showing its RACF job on the review page and writing it on Finish, and DISPLAY SECURITY
 * pasted into the Queue Manager Security view.
 */
class ZosUiTest extends ViewUiTest {

    private static final String JOB_CARD = "//CSQ1TLS JOB (1234),'MQ ADMIN',CLASS=A,MSGCLASS=X"; //$NON-NLS-1$

    @Override
    protected Object[] families() {
        return new Object[] { KeyRepositoryJobs.WRITE, QueueManagerJobs.READ, ZosJobs.PREFERENCES };
    }

    @Override
    protected String[] views() {
        return new String[] { SecurityView.ID };
    }

    @Test
    void theJobCardFromPreferencesHeadsTheRacfJobOfTheTlsWizardForAZosQueueManager() throws Exception {
        try {
            wizardForZos();
        } finally {
            // other tests expect the default job card
            org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.mqsec.ui").remove("zos.jobCard"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void wizardForZos() throws Exception {
        Runnable edited = driver.whenOpen("Preferences (Filtered)", dialog -> { //$NON-NLS-1$
            Text card = WorkbenchDriver.get(dialog.shell(), "zos.jobCard", Text.class); //$NON-NLS-1$
            card.setText("RACDCERT LIST"); //$NON-NLS-1$
            driver.flush();
            assertFalse(WorkbenchDriver.button(dialog.shell(), "Apply and Close").isEnabled(), "a job card without a JOB statement"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("zos-preferences-bad-job-card"); //$NON-NLS-1$
            card.setText(JOB_CARD);
            driver.flush();
            driver.settle();
            driver.screenshot("zos-preferences"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Apply and Close")); //$NON-NLS-1$
        });
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "org.mqsec.ui.preferences.zos", new String[] { "org.mqsec.ui.preferences.zos" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        preferences.open();
        edited.run();
        driver.waitForJobs(ZosJobs.PREFERENCES);
        assertEquals(JOB_CARD, JobCardPreference.get());

        Path folder = KeystoreFixtures.get().scratch("ui-zos-tls"); //$NON-NLS-1$
        driver.click(driver.menuItem(driver.mainShell(), "File", "New TLS Channel...")); //$NON-NLS-1$ //$NON-NLS-2$
        WizardDialogPage wizard = new WizardDialogPage(driver, "New TLS Channel"); //$NON-NLS-1$
        wizard.shell().setSize(1100, 860);
        wizard.type("tls.queueManager", "CSQ1"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.select("tls.platform", "ZOS"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.set("tls.host", "zos.example.com"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        wizard.next("zos-1-target"); //$NON-NLS-1$
        // page 2 now speaks of a key ring and the z/OS default label
        assertEquals("CSQ1RING", wizard.text("tls.keyRepositoryStem")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("ibmWebSphereMQCSQ1", wizard.text("tls.certificateLabel")); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.set("tls.chinUser", "CHINUSER99"); //$NON-NLS-1$ //$NON-NLS-2$
        Table serverFindings = WorkbenchDriver.get(wizard.shell(), "tls.server.findings", Table.class); //$NON-NLS-1$
        assertTrue(WorkbenchDriver.findingCodes(serverFindings).contains("ZOS_USER_ID"), WorkbenchDriver.findingCodes(serverFindings).toString()); //$NON-NLS-1$
        assertFalse(wizard.canGoOn(), "Next with a user ID RACF refuses"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("zos-2-bad-chin-user"); //$NON-NLS-1$
        wizard.type("tls.chinUser", "CSQ1CHIN"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        wizard.next("zos-2-server-identity"); //$NON-NLS-1$
        driver.settle();
        wizard.next("zos-3-client-identity"); //$NON-NLS-1$
        driver.settle();
        wizard.next("zos-4-cipherspec"); //$NON-NLS-1$
        driver.settle();
        wizard.next("zos-5-channel"); //$NON-NLS-1$
        driver.settle();
        wizard.next("zos-6-chlauth"); //$NON-NLS-1$

        // the review page: the RACF job under the job card, and the MQSC in 72-column records
        TabFolder tabs = WorkbenchDriver.get(wizard.shell(), "tls.renderings", TabFolder.class); //$NON-NLS-1$
        Text jcl = WorkbenchDriver.get(wizard.shell(), "tls.rendering.server/racf.jcl", Text.class); //$NON-NLS-1$
        for (int i = 0; i < tabs.getItemCount(); i++) {
            if (tabs.getItem(i).getText().equals("server/racf.jcl")) { //$NON-NLS-1$
                tabs.setSelection(i);
            }
        }
        driver.flush();
        String job = jcl.getText();
        assertTrue(job.startsWith(JOB_CARD + "\n"), job); //$NON-NLS-1$
        assertTrue(job.contains("RACDCERT ID(CSQ1CHIN) ADDRING(CSQ1RING)"), job); //$NON-NLS-1$
        assertTrue(job.contains("EXEC PGM=IKJEFT01"), job); //$NON-NLS-1$
        job.lines().forEach(line -> assertTrue(line.length() <= 72, line));
        String mqsc = WorkbenchDriver.get(wizard.shell(), "tls.rendering.server/qmgr.mqsc", Text.class).getText(); //$NON-NLS-1$
        assertTrue(mqsc.contains("SSLKEYR('CSQ1RING') SSLTASKS(8)"), mqsc); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("zos-7-review-racf-job"); //$NON-NLS-1$
        wizard.next("zos-7-review"); //$NON-NLS-1$

        wizard.type("tls.password", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        wizard.type("tls.confirmation", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        wizard.set("tls.folder", folder.toString()); //$NON-NLS-1$
        driver.waitUntil(() -> wizard.canGoOn(), "Finish, once the folder is seen to exist"); //$NON-NLS-1$
        driver.settle();
        // the summary opens after the writing Job: the test waits until it has been read, or it would open after the test
        Runnable summary = driver.whenOpen("TLS Channel Written", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.finish("zos-8-output"); //$NON-NLS-1$
        summary.run();
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        driver.waitUntil(() -> Files.exists(folder.resolve("server/next-steps.txt")), "both ends written"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(folder.resolve("server/racf.jcl")).startsWith(JOB_CARD)); //$NON-NLS-1$
        assertTrue(Files.exists(folder.resolve("client/client.csr"))); //$NON-NLS-1$
        assertFalse(Files.exists(folder.resolve("server/key.p12")), "no key file for a z/OS queue manager"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void displaySecurityPastedIntoTheSecurityViewShowsEverySwitchAndItsFindings() {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Queue Manager Security")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(SecurityView.ID), "the Queue Manager Security view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(SecurityView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Runnable pasted = driver.whenOpen("DISPLAY SECURITY of a z/OS Queue Manager", dialog -> { //$NON-NLS-1$
            dialog.set("security.import.text", String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
                    "CSQH015I +CSQ1 Security timeout = 54 MINUTES", //$NON-NLS-1$
                    "CSQH016I +CSQ1 Security interval = 12 MINUTES", //$NON-NLS-1$
                    "CSQH030I +CSQ1 Security switches ...", //$NON-NLS-1$
                    "CSQH034I +CSQ1 SUBSYSTEM: ON, 'CSQ1.NO.SUBSYS.SECURITY' not found", //$NON-NLS-1$
                    "CSQH031I +CSQ1 CONNECTION: OFF, 'CSQ1.NO.CONNECT.CHECKS' found", //$NON-NLS-1$
                    "CSQH034I +CSQ1 COMMAND: ON, 'CSQ1.NO.COMMAND.CHECKS' not found", //$NON-NLS-1$
                    "CSQH031I +CSQ1 CONTEXT: OFF, 'CSQ1.NO.CONTEXT.CHECKS' found", //$NON-NLS-1$
                    "CSQH034I +CSQ1 QUEUE: ON, 'CSQ1.NO.QUEUE.CHECKS' not found", //$NON-NLS-1$
                    "CSQH040I +CSQ1 Connection authentication ...", //$NON-NLS-1$
                    "CSQH041I +CSQ1 Client checks: OPTIONAL", //$NON-NLS-1$
                    "CSQ9022I +CSQ1 CSQHPDTC ' DISPLAY SECURITY' NORMAL COMPLETION")); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Import")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "security.displaySecurity", Button.class)); //$NON-NLS-1$
        pasted.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        Table switches = WorkbenchDriver.get(area, "security.switches", Table.class); //$NON-NLS-1$
        driver.waitUntil(() -> switches.getItemCount() == 5, "the switches shown"); //$NON-NLS-1$
        assertEquals("CONNECTION", switches.getItem(1).getText(0)); //$NON-NLS-1$
        assertEquals("OFF", switches.getItem(1).getText(1)); //$NON-NLS-1$
        assertTrue(switches.getItem(1).getText(3).contains("Any batch job"), switches.getItem(1).getText(3)); //$NON-NLS-1$
        String settings = WorkbenchDriver.get(area, "security.zosSettings", Label.class).getText(); //$NON-NLS-1$
        assertTrue(settings.contains("timeout 54 minutes") && settings.contains("client checks OPTIONAL"), settings); //$NON-NLS-1$ //$NON-NLS-2$
        Table findings = WorkbenchDriver.get(area, "security.findings", Table.class); //$NON-NLS-1$
        assertTrue(WorkbenchDriver.findingCodes(findings).containsAll(List.of("ZOS_SWITCH_OFF", "ZOS_CLIENT_CHECKS")), //$NON-NLS-1$ //$NON-NLS-2$
                WorkbenchDriver.findingCodes(findings).toString());
        driver.settle();
        driver.screenshot("zos-display-security"); //$NON-NLS-1$
    }
}
