package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mqsec.qmgr.target.ConnectionProfiles;
import org.mqsec.qmgr.target.QueueManagerTargets;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.testing.SimulatedQueueManager;
import org.mqsec.ui.KeyRepositoryJobs;

/**
 * File → New TLS Channel... clicked through every page as an administrator would, with a
 * screenshot of each; an incompatible CipherSpec and an invalid channel name show their findings on
 * their pages and keep Next disabled; Finish writes both ends into the chosen folder.
 */
class TlsChannelWizardUiTest {

    private WorkbenchDriver driver;

    @BeforeEach
    void setUp(TestInfo test) {
        driver = new WorkbenchDriver(test);
    }

    @AfterEach
    void tearDown() {
        try {
            driver.waitForJobs(KeyRepositoryJobs.WRITE);
        } finally {
            driver.close();
        }
    }

    private static List<String> findings(WizardDialogPage wizard, String page) {
        List<String> findings = new ArrayList<>();
        for (TableItem item : WorkbenchDriver.get(wizard.shell(), "tls." + page + ".findings", Table.class).getItems()) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(item.getText(0));
        }
        return findings;
    }

    /** Clicks the chooser's row for this CipherSpec, as a user selects it. */
    private void chooseCipherSpec(WizardDialogPage wizard, String name) {
        Table table = WorkbenchDriver.get(wizard.shell(), "tls.cipher.table", Table.class); //$NON-NLS-1$
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(0).equals(name)) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new Event());
                driver.flush();
                return;
            }
        }
        throw new AssertionError(name + " is not in the chooser"); //$NON-NLS-1$
    }

    /** Page 8: the folder and the password twice, Finish, and the summary read once both ends are written. */
    private void finishInto(WizardDialogPage wizard, Path folder, String screenshot) {
        wizard.type("tls.password", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        wizard.type("tls.confirmation", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        // the folder is looked at by a Job, not on the UI thread; a missing one is an error until it is chosen
        Path missing = folder.resolve("not-made-yet"); //$NON-NLS-1$
        wizard.set("tls.folder", missing.toString()); //$NON-NLS-1$
        driver.waitUntil(() -> findings(wizard, "output").stream().anyMatch(f -> f.contains(missing + " is not one")), //$NON-NLS-1$ //$NON-NLS-2$
                "the finding that the folder does not exist"); //$NON-NLS-1$
        assertFalse(wizard.canGoOn(), "Finish waits for an existing folder"); //$NON-NLS-1$
        wizard.set("tls.folder", folder.toString()); //$NON-NLS-1$
        driver.waitUntil(() -> wizard.canGoOn(), "Finish, once the folder is seen to exist"); //$NON-NLS-1$
        driver.settle();
        Runnable summary = driver.whenOpen("TLS Channel Written", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.finish(screenshot);
        summary.run();
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        assertTrue(Files.exists(folder.resolve("client/jms.properties")), "both ends written"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void everyPageOfTheTlsChannelWizardAndFinish() throws Exception {
        Path folder = KeystoreFixtures.get().scratch("ui-tls-channel"); //$NON-NLS-1$
        driver.click(driver.menuItem(driver.mainShell(), "File", "New TLS Channel...")); //$NON-NLS-1$ //$NON-NLS-2$
        WizardDialogPage wizard = new WizardDialogPage(driver, "New TLS Channel"); //$NON-NLS-1$
        wizard.shell().setSize(1100, 820);
        wizard.type("tls.queueManager", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.set("tls.host", "mq1.example.com"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        wizard.next("1-target"); //$NON-NLS-1$
        driver.settle();
        wizard.next("2-server-identity"); //$NON-NLS-1$
        driver.settle();
        wizard.next("3-client-identity"); //$NON-NLS-1$

        // an ECDSA CipherSpec with the RSA certificates of pages 2 and 3: the finding is on the page and Next is disabled
        chooseCipherSpec(wizard, "ECDHE_ECDSA_AES_128_GCM_SHA256"); //$NON-NLS-1$
        List<String> cipherFindings = findings(wizard, "cipher"); //$NON-NLS-1$
        assertTrue(cipherFindings.stream().anyMatch(f -> f.contains("needs a certificate with an EC key")), cipherFindings.toString()); //$NON-NLS-1$
        assertFalse(wizard.canGoOn(), "Next with an incompatible CipherSpec"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("4-cipherspec-incompatible"); //$NON-NLS-1$
        chooseCipherSpec(wizard, "ANY_TLS12_OR_HIGHER"); //$NON-NLS-1$
        driver.settle();
        wizard.next("4-cipherspec"); //$NON-NLS-1$

        // an invalid channel name
        assertTrue(wizard.text("tls.sslPeer").equals("CN=app1,OU=Applications,O=Example"), "SSLPEER from the client's DN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        wizard.set("tls.channel", "APP 1 SERVER CONNECTION"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> channelFindings = findings(wizard, "channel"); //$NON-NLS-1$
        assertTrue(channelFindings.stream().anyMatch(f -> f.contains("The channel name 'APP 1 SERVER CONNECTION' must have 1 to 20")), //$NON-NLS-1$
                channelFindings.toString());
        assertFalse(wizard.canGoOn(), "Next with an invalid channel name"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("5-channel-invalid-name"); //$NON-NLS-1$
        wizard.type("tls.channel", "APP1.SVRCONN"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        wizard.next("5-channel"); //$NON-NLS-1$
        driver.settle();
        wizard.next("6-chlauth"); //$NON-NLS-1$

        Text mqscTab = WorkbenchDriver.get(wizard.shell(), "tls.rendering.server/qmgr.mqsc", Text.class); //$NON-NLS-1$
        driver.settle();
        assertTrue(mqscTab.isVisible() && mqscTab.getSize().y > 100, "the MQSC tab is shown, not an empty folder: " + mqscTab.getBounds()); //$NON-NLS-1$
        String mqsc = mqscTab.getText();
        assertTrue(mqsc.contains("DEFINE CHANNEL('APP1.SVRCONN') CHLTYPE(SVRCONN)") && mqsc.contains("TYPE(SSLPEERMAP)"), mqsc); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        wizard.next("7-review"); //$NON-NLS-1$

        // then apply the queue manager's part to QM1, which answers with recorded replies built by IBM's PCF classes
        SimulatedQueueManager qmgr = new SimulatedQueueManager(QueueManagerFixtures.state());
        Path profiles = folder.resolve("profiles.json"); //$NON-NLS-1$
        Files.writeString(profiles, "{\"profiles\": [{\"name\": \"QM1\", \"connections\": [\"mq1.example.com(1414)\"], " //$NON-NLS-1$
                + "\"channel\": \"ADMIN.SVRCONN\", \"queueManager\": \"QM1\", \"cipherSpec\": \"ANY_TLS12_OR_HIGHER\"}]}"); //$NON-NLS-1$
        System.setProperty(ConnectionProfiles.FILE_PROPERTY, profiles.toString());
        QueueManagerTargets.setConnector((profile, password, keyStorePassword, trustStorePassword) -> qmgr);
        try {
            wizard.tick("tls.applyAfterwards", true); //$NON-NLS-1$
            Runnable applied = driver.whenOpen("Apply to Queue Manager", dialog -> { //$NON-NLS-1$
                String script = WorkbenchDriver.get(dialog.shell(), "apply.mqsc", Text.class).getText(); //$NON-NLS-1$
                assertTrue(script.contains("* Step 1 runs where the key repository is") && script.contains("key.sth"), script); //$NON-NLS-1$ //$NON-NLS-2$
                dialog.press("apply.compare"); //$NON-NLS-1$
                Table changes = WorkbenchDriver.get(dialog.shell(), "apply.changes", Table.class); //$NON-NLS-1$
                driver.waitUntil(() -> changes.getItemCount() == 5, "the comparison"); //$NON-NLS-1$
                List<String> kinds = new ArrayList<>();
                for (TableItem item : changes.getItems()) {
                    kinds.add(item.getText(0));
                }
                assertEquals(List.of("ACTION", "UNCHANGED", "ADDED", "ADDED", "ACTION"), kinds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                driver.settle();
                driver.screenshot("9-apply-compared"); //$NON-NLS-1$
                dialog.press("apply.apply"); //$NON-NLS-1$
                org.eclipse.swt.widgets.Label status = WorkbenchDriver.get(dialog.shell(), "apply.status", org.eclipse.swt.widgets.Label.class); //$NON-NLS-1$
                driver.waitUntil(() -> status.getText().startsWith("Applied."), "the plan applied"); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals("LOCAL_ONLY", changes.getItem(0).getText(0)); //$NON-NLS-1$
                driver.settle();
                driver.screenshot("10-applied"); //$NON-NLS-1$
                dialog.press("apply.close"); //$NON-NLS-1$
            });
            finishInto(wizard, folder, "8-output"); //$NON-NLS-1$
            applied.run();
            assertTrue(qmgr.state().channel("APP1.SVRCONN").isPresent(), "the channel defined on the queue manager"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(qmgr.state().chlauth().stream().anyMatch(r -> r.profile().equals("APP1.SVRCONN")), "its SSLPEERMAP record"); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            QueueManagerTargets.setConnector(null);
            System.clearProperty(ConnectionProfiles.FILE_PROPERTY);
        }
        for (String file : new String[] { "server/key.p12", "server/key.sth", "server/qmgr.mqsc", "client/client.p12", "client/ccdt.json" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(Files.exists(folder.resolve(file)), file);
        }
        // what openssl says of the queue manager's key repository the wizard wrote
        String info = KeystoreFixtures.get().openssl("pkcs12", "-in", folder.resolve("server/key.p12").toString(), "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "pass:" + KeystoreFixtures.PASSWORD, "-nokeys", "-info"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(info.contains("friendlyName: ibmwebspheremqqm1"), info); //$NON-NLS-1$
    }

    @Test
    void theCipherSpecsViewFiltersExplainsAndChecksACipherSpec() {
        driver.click(driver.menuItem(driver.mainShell(), "File", "CipherSpecs")); //$NON-NLS-1$ //$NON-NLS-2$
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        driver.waitFor(() -> page.findView(org.mqsec.ui.internal.tls.CipherSpecView.ID), "the CipherSpecs view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(org.mqsec.ui.internal.tls.CipherSpecView.ID), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        try {
            org.eclipse.swt.widgets.Composite area = driver.mainShell();
            Table table = WorkbenchDriver.get(area, "ciphers.table", Table.class); //$NON-NLS-1$
            assertTrue(table.getItem(0).getText(0).equals("ANY_TLS12_OR_HIGHER"), "IBM's recommendation comes first"); //$NON-NLS-1$ //$NON-NLS-2$
            WorkbenchDriver.get(area, "ciphers.filter", Text.class).setText("ecdsa"); //$NON-NLS-1$ //$NON-NLS-2$
            org.eclipse.swt.widgets.Button suiteB = WorkbenchDriver.get(area, "ciphers.suiteB", org.eclipse.swt.widgets.Button.class); //$NON-NLS-1$
            suiteB.setSelection(true);
            suiteB.notifyListeners(SWT.Selection, new Event());
            driver.flush();
            List<String> shown = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                shown.add(item.getText(0));
            }
            assertTrue(shown.equals(List.of("ECDHE_ECDSA_AES_128_GCM_SHA256", "ECDHE_ECDSA_AES_256_GCM_SHA384")), shown.toString()); //$NON-NLS-1$ //$NON-NLS-2$
            table.setSelection(1);
            table.notifyListeners(SWT.Selection, new Event());
            driver.flush();
            String explanation = WorkbenchDriver.get(area, "ciphers.explanation", org.eclipse.swt.widgets.Label.class).getText(); //$NON-NLS-1$
            assertTrue(explanation.contains("needs certificates with EC (ECDSA) keys") //$NON-NLS-1$
                    && explanation.contains("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"), explanation); //$NON-NLS-1$
            // the default key is RSA: the view says the handshake would fail, and that the other end's alias may reject it
            List<String> findings = new ArrayList<>();
            for (TableItem item : WorkbenchDriver.get(area, "ciphers.findings", Table.class).getItems()) { //$NON-NLS-1$
                findings.add(item.getText(0));
            }
            assertTrue(findings.stream().anyMatch(f -> f.contains("needs a certificate with an EC key")), findings.toString()); //$NON-NLS-1$
            assertTrue(findings.stream().anyMatch(f -> f.contains("can be rejected")), findings.toString()); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("cipherspecs-view"); //$NON-NLS-1$
        } finally {
            page.hideView(page.findView(org.mqsec.ui.internal.tls.CipherSpecView.ID));
        }
    }

    @Test
    void anExistingQueueManagerRepositoryIsReadOnPageTwoAndTheClientsCaAddedToItsCopy() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("ui-tls-existing"); //$NON-NLS-1$
        Path existing = fixtures.keytoolQueueManagerRepository(dir);
        Path partner = fixtures.opensslPartnerClientKeystore(dir, false);
        byte[] before = Files.readAllBytes(existing);
        Path folder = dir.resolve("out"); //$NON-NLS-1$
        Files.createDirectories(folder);

        driver.click(driver.menuItem(driver.mainShell(), "File", "New TLS Channel...")); //$NON-NLS-1$ //$NON-NLS-2$
        WizardDialogPage wizard = new WizardDialogPage(driver, "New TLS Channel"); //$NON-NLS-1$
        wizard.shell().setSize(1100, 820);
        wizard.next("existing-1-target"); //$NON-NLS-1$

        // page 2: the administrator's own file, its label, a wrong password first
        wizard.tick("tls.server.existing", true); //$NON-NLS-1$
        wizard.set("tls.server.repository", existing.toString()); //$NON-NLS-1$
        wizard.type("tls.certificateLabel", "qm1cert"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.tick("tls.setCertificateLabel", true); //$NON-NLS-1$
        assertTrue(findings(wizard, "server").stream().anyMatch(f -> f.contains("has not been read")), findings(wizard, "server").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(wizard.canGoOn(), "Next before the file is read"); //$NON-NLS-1$
        wizard.type("tls.server.repositoryPassword", "wrong-password"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.press("tls.server.read"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.OPEN);
        String refused = wizard.label("tls.server.readStatus"); //$NON-NLS-1$
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("password"), refused); //$NON-NLS-1$
        assertFalse(wizard.canGoOn(), "Next after a wrong password"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("existing-2-wrong-password"); //$NON-NLS-1$

        wizard.type("tls.server.repositoryPassword", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        wizard.press("tls.server.read"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.OPEN);
        driver.waitUntil(() -> wizard.label("tls.server.readStatus").startsWith("'qm1cert': CN=qm1.existing,O=Example, issued by CN=qm1.existing"), //$NON-NLS-1$ //$NON-NLS-2$
                "what was read"); //$NON-NLS-1$
        assertTrue(wizard.text("tls.serverDn").equals("CN=qm1.existing,O=Example"), wizard.text("tls.serverDn")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        driver.settle();
        wizard.next("existing-2-read"); //$NON-NLS-1$

        // page 3: a partner's own keystore, without its CA: neither end can make the queue manager trust that CA
        String typedDn = wizard.text("tls.clientDn"); //$NON-NLS-1$
        wizard.tick("tls.client.existing", true); //$NON-NLS-1$
        wizard.set("tls.client.repository", partner.toString()); //$NON-NLS-1$
        wizard.type("tls.clientLabel", "app9"); //$NON-NLS-1$ //$NON-NLS-2$
        wizard.type("tls.client.repositoryPassword", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        wizard.press("tls.client.read"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.OPEN);
        driver.waitUntil(() -> wizard.label("tls.client.readStatus").startsWith("'app9': CN=app9,OU=Apps,O=Partner, issued by CN=Partner CA,O=Partner"), //$NON-NLS-1$ //$NON-NLS-2$
                "the partner's certificate read"); //$NON-NLS-1$
        List<String> lacking = findings(wizard, "client"); //$NON-NLS-1$
        assertTrue(lacking.stream().anyMatch(f -> f.startsWith("The queue manager's key repository does not trust CN=Partner CA,O=Partner")), //$NON-NLS-1$
                lacking.toString());
        assertFalse(wizard.canGoOn(), "Next while an end lacks the other's CA"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("existing-3-client-lacks-ca"); //$NON-NLS-1$

        // back to a new client signed by the new local CA, which the copy of the existing file gets
        wizard.tick("tls.client.existing", false); //$NON-NLS-1$
        wizard.type("tls.clientLabel", "ibmwebspheremqapp1"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> client = findings(wizard, "client"); //$NON-NLS-1$
        assertTrue(client.stream().anyMatch(f -> f.contains("The copy of " + existing + " in the output folder gets the certificate of CN=QM1 TLS CA")), //$NON-NLS-1$ //$NON-NLS-2$
                client.toString());
        assertTrue(wizard.text("tls.clientDn").equals(typedDn), "the subject from before the read, not " + wizard.text("tls.clientDn")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        driver.settle();
        wizard.next("existing-3-client"); //$NON-NLS-1$
        for (String page : new String[] { "existing-4-cipherspec", "existing-5-channel", "existing-6-chlauth" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            driver.settle();
            wizard.next(page);
        }
        String mqsc = WorkbenchDriver.get(wizard.shell(), "tls.rendering.server/qmgr.mqsc", Text.class).getText(); //$NON-NLS-1$
        assertTrue(mqsc.contains("CERTLABL('qm1cert')"), mqsc); //$NON-NLS-1$
        driver.settle();
        wizard.next("existing-7-review"); //$NON-NLS-1$
        finishInto(wizard, folder, "existing-8-output"); //$NON-NLS-1$
        String entries = fixtures.keytool("-list", "-keystore", folder.resolve("server/key.p12").toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(entries.contains("qm1cert, ") && entries.contains("mq tls ca, "), entries); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(existing)), "the administrator's file is left as it was"); //$NON-NLS-1$
    }
}
