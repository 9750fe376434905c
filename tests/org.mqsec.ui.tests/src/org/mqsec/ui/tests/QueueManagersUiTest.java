package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
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
import org.mqsec.ui.ChlauthJobs;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.ams.AmsPolicyView;
import org.mqsec.ui.internal.qmgr.FleetView;
import org.mqsec.ui.internal.security.SecurityNavigator;
import org.mqsec.ui.internal.security.SecurityView;
import org.mqsec.ui.internal.chlauth.ChlauthView;
import org.mqsec.ui.internal.qmgr.QueueManagersView;

/**
 * The Queue Managers view and applying CHLAUTH edits, driven as an administrator would in a real
 * workbench. The queue manager answers with recorded replies that IBM's PCF classes encode and decode
 * (no queue manager can run here), behind the same connector as IBM's client.
 */
class QueueManagersUiTest {

    private WorkbenchDriver driver;
    private IWorkbenchPage page;
    private SimulatedQueueManager qmgr;
    private final List<String> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp(TestInfo test) throws Exception {
        driver = new WorkbenchDriver(test);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path dir = KeystoreFixtures.get().scratch("ui-qmgr-" + test.getTestMethod().orElseThrow().getName()); //$NON-NLS-1$
        Path profiles = dir.resolve("profiles.json"); //$NON-NLS-1$
        Files.writeString(profiles, "{\"profiles\": [{\"name\": \"QM1\", \"connections\": [\"mq1.example.com(1414)\"], " //$NON-NLS-1$
                + "\"channel\": \"ADMIN.SVRCONN\", \"queueManager\": \"QM1\", \"cipherSpec\": \"ANY_TLS12_OR_HIGHER\", \"userId\": \"mqadmin\"}, " //$NON-NLS-1$
                + "{\"name\": \"QM1 certificate only\", \"connections\": [\"mq1.example.com(1414)\"], \"channel\": \"ADMIN.SVRCONN\", " //$NON-NLS-1$
                + "\"queueManager\": \"QM1\", \"cipherSpec\": \"ANY_TLS12_OR_HIGHER\"}]}"); //$NON-NLS-1$
        System.setProperty(ConnectionProfiles.FILE_PROPERTY, profiles.toString());
        qmgr = new SimulatedQueueManager(QueueManagerFixtures.state()); //$NON-NLS-1$
        QueueManagerTargets.setConnector((profile, password, keyStorePassword, trustStorePassword) -> {
            connections.add(profile.name() + ":" + (password == null ? "" : new String(password))); //$NON-NLS-1$ //$NON-NLS-2$
            return qmgr;
        });
    }

    @AfterEach
    void tearDown() {
        try {
            driver.waitForJobs(QueueManagerJobs.READ);
            driver.waitForJobs(QueueManagerJobs.APPLY);
            driver.waitForJobs(QueueManagerJobs.PROFILES);
            driver.waitForJobs(ChlauthJobs.READ);
            WorkbenchDriver.hideViews(QueueManagersView.ID, ChlauthView.ID, AmsPolicyView.ID, SecurityNavigator.ID, SecurityView.ID, FleetView.ID);
        } finally {
            QueueManagerTargets.setConnector(null);
            System.clearProperty(ConnectionProfiles.FILE_PROPERTY);
            driver.close();
        }
    }

    private static List<String> column(Table table, int column) {
        List<String> texts = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            texts.add(item.getText(column));
        }
        return texts;
    }

    private void select(Table table, int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
        driver.flush();
    }

    @Test
    void addAProfileTestTheConnectionAndReadTheSecurityState() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Queue Managers")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(QueueManagersView.ID), "the Queue Managers view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(QueueManagersView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "qmgr.summary", Label.class); //$NON-NLS-1$
        driver.waitUntil(() -> summary.getText().startsWith("2 connection profile(s)"), "the profiles read"); //$NON-NLS-1$ //$NON-NLS-2$
        Table profiles = WorkbenchDriver.get(area, "qmgr.profiles", Table.class); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("profiles"); //$NON-NLS-1$

        // Add: a connection name MQ would not take keeps OK disabled, with the finding beside it
        Runnable added = driver.whenOpen("Add Queue Manager Connection", dialog -> { //$NON-NLS-1$
            dialog.type("profile.name", "QM2"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.type("profile.connections", "mq2.example.com(99999)"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.type("profile.qmgr", "QM2"); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> shown = column(WorkbenchDriver.get(dialog.shell(), "profile.findings", Table.class), 0); //$NON-NLS-1$
            assertTrue(shown.stream().anyMatch(f -> f.contains("'mq2.example.com(99999)' is not a connection name")), shown.toString()); //$NON-NLS-1$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "profile.ok", Button.class).isEnabled()); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("add-bad-conname"); //$NON-NLS-1$
            dialog.type("profile.connections", "mq2.example.com(1415)"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(WorkbenchDriver.get(dialog.shell(), "profile.ok", Button.class).isEnabled()); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("add-ok"); //$NON-NLS-1$
            dialog.press("profile.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "qmgr.add", Button.class)); //$NON-NLS-1$
        added.run();
        driver.waitForJobs(QueueManagerJobs.PROFILES);
        assertEquals(List.of("QM1", "QM1 certificate only", "QM2"), column(profiles, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String file = Files.readString(ConnectionProfiles.defaultFile());
        assertTrue(file.contains("mq2.example.com(1415)") && !file.toLowerCase().contains("password"), file); //$NON-NLS-1$ //$NON-NLS-2$

        // Test Connection: the user's password is asked for and goes to the connection, nowhere else
        select(profiles, 0);
        Runnable asked = driver.whenOpen("Queue Manager Connection", dialog -> { //$NON-NLS-1$
            dialog.type("password.text", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.screenshot("password"); //$NON-NLS-1$
            dialog.press("password.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "qmgr.test", Button.class)); //$NON-NLS-1$
        asked.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        Text details = WorkbenchDriver.get(area, "qmgr.details", Text.class); //$NON-NLS-1$
        driver.waitUntil(() -> details.getText().startsWith("Connected to QM1 (platform UNIX"), "the test's answer"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("QM1:s3cret"), connections); //$NON-NLS-1$
        assertTrue(profiles.getItem(0).getText(5).startsWith("Connected to QM1"), profiles.getItem(0).getText(5)); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("tested"); //$NON-NLS-1$

        // Read Security State of the profile without a user: no password asked
        select(profiles, 1);
        driver.click(WorkbenchDriver.get(area, "qmgr.read", Button.class)); //$NON-NLS-1$
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> details.getText().startsWith("Queue manager QM1"), "the security state"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(details.getText().contains("APP.SVRCONN CHLTYPE(SVRCONN) SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(REQUIRED)") //$NON-NLS-1$
                && details.getText().contains("CHLAUTH records: 4"), details.getText()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("state"); //$NON-NLS-1$
    }

    @Test
    void readChlauthFromTheQueueManagerEditCompareAndApply() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Channel Authentication Records")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(ChlauthView.ID), "the Channel Authentication Records view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(ChlauthView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "chlauth.summary", Label.class); //$NON-NLS-1$
        assertFalse(WorkbenchDriver.get(area, "chlauth.apply", Button.class).isEnabled(), "nothing read from a queue manager yet"); //$NON-NLS-1$ //$NON-NLS-2$

        Runnable chosen = driver.whenOpen("Read CHLAUTH Records from a Queue Manager", dialog -> { //$NON-NLS-1$
            dialog.select("chooser.profile", "QM1 certificate only — QM1 via ADMIN.SVRCONN at mq1.example.com(1414)"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.screenshot("choose-profile"); //$NON-NLS-1$
            dialog.press("chooser.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.readQmgr", Button.class)); //$NON-NLS-1$
        chosen.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("4 records from queue manager QM1"), "the records read"); //$NON-NLS-1$ //$NON-NLS-2$
        removeTheAppRangeCompareAndApply(area);
        assertEquals(List.of("QM1 certificate only:", "QM1 certificate only:", "QM1 certificate only:"), connections, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "read, compare and apply each connect; no password for a profile without a user"); //$NON-NLS-1$
    }

    @Test
    void importADumpEditCompareAndApply() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Channel Authentication Records")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(ChlauthView.ID), "the Channel Authentication Records view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(ChlauthView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "chlauth.summary", Label.class); //$NON-NLS-1$
        Runnable imported = driver.whenOpen("Import Channel Authentication Records", dialog -> { //$NON-NLS-1$
            dialog.set("chlauth.import.text", QueueManagerFixtures.DUMP); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Import")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.import", Button.class)); //$NON-NLS-1$
        imported.run();
        driver.waitForJobs(ChlauthJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("4 records from pasted text"), "the records imported"); //$NON-NLS-1$ //$NON-NLS-2$
        removeTheAppRange(area);
        // exported now, the script removes what was removed before it replaces the rest
        Path exported = KeystoreFixtures.get().scratch("ui-qmgr-export").resolve("chlauth.mqsc"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.deleteIfExists(exported);
        Runnable saved = driver.answerSaveDialog("Export CHLAUTH Records as MQSC", exported); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "chlauth.export", Button.class)); //$NON-NLS-1$
        saved.run();
        driver.waitForJobs(ChlauthJobs.WRITE);
        driver.waitUntil(() -> Files.exists(exported), "the exported MQSC"); //$NON-NLS-1$
        List<String> lines = Files.readAllLines(exported);
        assertEquals("SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('10.0.0.1-100') ACTION(REMOVE)", lines.get(0)); //$NON-NLS-1$
        assertEquals(4, lines.size(), lines.toString());
        // the dump names QM1: the Apply dialog chooses the first profile of QM1, whose user's password is asked
        compareAndApply(area, "s3cret"); //$NON-NLS-1$
        assertEquals(List.of("QM1:s3cret", "QM1:s3cret"), connections, "compare and apply, with the password asked once"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void readAmsPoliciesFromTheQueueManagerEditAndApply() throws Exception {
        // QM1 protects PAY.Q (INTEGRITY) and OLD.Q; the administrator encrypts PAY.Q for bob and drops OLD.Q
        org.mqsec.core.ams.AmsPolicy pay = new org.mqsec.core.ams.AmsPolicy("PAY.Q", org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.SHA256, //$NON-NLS-1$
                null, List.of("CN=alice,O=Example"), List.of(), false, 0); //$NON-NLS-1$
        org.mqsec.core.ams.AmsPolicy old = new org.mqsec.core.ams.AmsPolicy("OLD.Q", org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.SHA256, //$NON-NLS-1$
                null, List.of(), List.of(), false, 0);
        org.mqsec.core.plan.QueueManagerState base = QueueManagerFixtures.state();
        qmgr = new SimulatedQueueManager(new org.mqsec.core.plan.QueueManagerState(base.source(), base.queueManager(), base.channels(),
                base.chlauth(), base.authinfos(), List.of(new org.mqsec.core.plan.MqObject(org.mqsec.core.mqsc.MqObjectType.POLICY, "PAY.Q", //$NON-NLS-1$
                        pay.attributes()), new org.mqsec.core.plan.MqObject(org.mqsec.core.mqsc.MqObjectType.POLICY, "OLD.Q", old.attributes())), //$NON-NLS-1$
                base.channelStatus(), base.problems()));
        driver.click(driver.menuItem(driver.mainShell(), "File", "AMS Policies")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(AmsPolicyView.ID), "the AMS Policies view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(AmsPolicyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "ams.summary", Label.class); //$NON-NLS-1$
        Runnable chosen = driver.whenOpen("Read AMS Policies from a Queue Manager", dialog -> { //$NON-NLS-1$
            dialog.select("chooser.profile", "QM1 certificate only — QM1 via ADMIN.SVRCONN at mq1.example.com(1414)"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("chooser.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.readQmgr", Button.class)); //$NON-NLS-1$
        chosen.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("Policies: 2, from queue manager QM1"), "the policies read"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("QM1", WorkbenchDriver.get(area, "ams.qmgr", Text.class).getText()); //$NON-NLS-1$ //$NON-NLS-2$
        Table policies = WorkbenchDriver.get(area, "ams.policies", Table.class); //$NON-NLS-1$
        assertEquals(List.of("PAY.Q", "OLD.Q"), column(policies, 0)); //$NON-NLS-1$ //$NON-NLS-2$
        // OLD.Q removed after confirming; PAY.Q encrypted for bob (typed, checked as AMS reads it)
        select(policies, 1);
        Runnable confirmed = driver.whenOpen("Remove Policy", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(WorkbenchDriver.get(area, "ams.remove", Button.class)); //$NON-NLS-1$
        confirmed.run();
        select(policies, 0);
        org.eclipse.swt.widgets.Combo encryption = WorkbenchDriver.get(area, "ams.policy.encryption", org.eclipse.swt.widgets.Combo.class); //$NON-NLS-1$
        encryption.select(encryption.indexOf("AES256")); //$NON-NLS-1$
        encryption.notifyListeners(SWT.Selection, new Event());
        Runnable typed = driver.whenOpen("Type a Distinguished Name", dialog -> { //$NON-NLS-1$
            org.eclipse.swt.widgets.Text dn = java.util.Arrays.stream(dialog.shell().getChildren()).findFirst().map(c -> find(c)).orElseThrow();
            dn.setText("cn=bob,O=Example"); //$NON-NLS-1$
            driver.flush();
            assertFalse(WorkbenchDriver.button(dialog.shell(), "OK").isEnabled(), "a lower-case attribute name is refused"); //$NON-NLS-1$ //$NON-NLS-2$
            dn.setText("CN=bob,O=Example"); //$NON-NLS-1$
            driver.flush();
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.policy.recipients.type", Button.class)); //$NON-NLS-1$
        typed.run();
        assertEquals("PRIVACY", policies.getItem(0).getText(1)); //$NON-NLS-1$

        Runnable done = driver.whenOpen("Apply to Queue Manager", dialog -> { //$NON-NLS-1$
            Text mqsc = WorkbenchDriver.get(dialog.shell(), "apply.mqsc", Text.class); //$NON-NLS-1$
            assertTrue(mqsc.getText().contains("DELETE POLICY('OLD.Q')") //$NON-NLS-1$
                    && mqsc.getText().contains("SET POLICY('PAY.Q') SIGNALG(SHA256) ENCALG(AES256)") //$NON-NLS-1$
                    && mqsc.getText().contains("RECIP('CN=bob,O=Example')"), //$NON-NLS-1$
                    mqsc.getText());
            dialog.press("apply.compare"); //$NON-NLS-1$
            Table changes = WorkbenchDriver.get(dialog.shell(), "apply.changes", Table.class); //$NON-NLS-1$
            Button applyButton = WorkbenchDriver.get(dialog.shell(), "apply.apply", Button.class); //$NON-NLS-1$
            driver.waitUntil(() -> changes.getItemCount() == 2 && applyButton.isEnabled(), "the comparison"); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("ams-apply-compared"); //$NON-NLS-1$
            dialog.press("apply.apply"); //$NON-NLS-1$
            Label status = WorkbenchDriver.get(dialog.shell(), "apply.status", Label.class); //$NON-NLS-1$
            driver.waitUntil(() -> status.getText().startsWith("Applied."), "the plan applied"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("apply.close"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.apply", Button.class)); //$NON-NLS-1$
        done.run();
        assertTrue(qmgr.state().policy("OLD.Q").isEmpty(), qmgr.state().policies().toString()); //$NON-NLS-1$
        org.mqsec.core.plan.MqObject applied = qmgr.state().policy("PAY.Q").orElseThrow(); //$NON-NLS-1$
        assertEquals(List.of("AES256"), applied.attributes().get("ENCALG")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("CN=bob,O=Example"), applied.attributes().get("RECIP")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void browseTheProtectionErrorQueueAndInspectAMessage() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("ui-qmgr-error-queue"); //$NON-NLS-1$
        KeystoreFixtures.get().amsIdentities(dir, "alice", "bob"); //$NON-NLS-1$ //$NON-NLS-2$
        org.mqsec.core.ams.AmsPolicy privacy = new org.mqsec.core.ams.AmsPolicy("PAY.Q", org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.SHA256, //$NON-NLS-1$
                org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.AES256, List.of(), List.of("CN=bob,O=Example"), false, 0); //$NON-NLS-1$
        // what IBM's getter put there: a message alice protected for bob, and one that was never protected
        qmgr.put("SYSTEM.PROTECTION.ERROR.QUEUE", org.mqsec.testing.IbmAms.onErrorQueue(org.mqsec.testing.IbmAms.protectAs(dir.resolve("alice.jks"), //$NON-NLS-1$ //$NON-NLS-2$
                "alice", "secret1", privacy, "payment 42".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "PAY.Q", "QM1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        qmgr.put("SYSTEM.PROTECTION.ERROR.QUEUE", "not protected".getBytes(java.nio.charset.StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "AMS Policies")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(AmsPolicyView.ID), "the AMS Policies view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(AmsPolicyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Runnable inspected = driver.whenOpen("Inspect a Message from SYSTEM.PROTECTION.ERROR.QUEUE", dialog -> { //$NON-NLS-1$
            Runnable chosen = driver.whenOpen("Browse SYSTEM.PROTECTION.ERROR.QUEUE", chooser -> { //$NON-NLS-1$
                chooser.select("chooser.profile", "QM1 certificate only — QM1 via ADMIN.SVRCONN at mq1.example.com(1414)"); //$NON-NLS-1$ //$NON-NLS-2$
                chooser.press("chooser.ok"); //$NON-NLS-1$
            });
            dialog.press("ams.inspect.browseQueue"); //$NON-NLS-1$
            chosen.run();
            driver.waitForJobs(QueueManagerJobs.READ);
            Table messages = WorkbenchDriver.get(dialog.shell(), "ams.inspect.messages", Table.class); //$NON-NLS-1$
            driver.waitUntil(() -> messages.getItemCount() == 2, "the browsed messages"); //$NON-NLS-1$
            assertEquals(List.of("2063", ""), column(messages, 1)); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(List.of("PRIVACY", "(not AMS-protected)"), column(messages, 3)); //$NON-NLS-1$ //$NON-NLS-2$
            select(messages, 0);
            Text details = WorkbenchDriver.get(dialog.shell(), "ams.inspect.details", Text.class); //$NON-NLS-1$
            assertTrue(details.getText().contains("PRIVACY under policy PAY.Q"), details.getText()); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("error-queue-browsed"); //$NON-NLS-1$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "ams.inspect.replay", Button.class).isEnabled(), //$NON-NLS-1$
                    "no policy in the view: nothing to replay the getter's checks against"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Close")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.inspect", Button.class)); //$NON-NLS-1$
        inspected.run();
        assertEquals(2, qmgr.browse("SYSTEM.PROTECTION.ERROR.QUEUE", 10).size(), "browsing removes nothing"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theSecurityNavigatorOpensEachPartOfAQueueManager() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Security Navigator")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(SecurityNavigator.ID), "the Security Navigator"); //$NON-NLS-1$
        Composite area = driver.mainShell();
        org.eclipse.swt.widgets.Tree tree = WorkbenchDriver.get(area, "navigator.tree", org.eclipse.swt.widgets.Tree.class); //$NON-NLS-1$
        // the product opens with the navigator: Refresh reads the profiles file this test wrote
        driver.click(WorkbenchDriver.get(area, "navigator.refresh", Button.class)); //$NON-NLS-1$
        driver.waitForJobs(QueueManagerJobs.PROFILES);
        // the two profiles, then the PKCS#11 tokens' node
        driver.waitUntil(() -> tree.getItemCount() == 3 && tree.getItem(2).getText().equals("PKCS#11 tokens"), "the two profiles"); //$NON-NLS-1$ //$NON-NLS-2$
        org.eclipse.swt.widgets.TreeItem certificateOnly = tree.getItem(1);
        assertEquals("QM1 certificate only", certificateOnly.getText()); //$NON-NLS-1$
        certificateOnly.setExpanded(true);
        tree.notifyListeners(SWT.Expand, expandEvent(certificateOnly));
        driver.flush();
        List<String> parts = java.util.Arrays.stream(certificateOnly.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
        assertEquals(List.of("Security overview", "Key repository", "Channels", "Channel authentication", "AMS policies", "Certificates"), parts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        driver.settle();
        driver.screenshot("navigator"); //$NON-NLS-1$

        // Channel authentication: read through the profile once, shown in the CHLAUTH view
        doubleClick(tree, certificateOnly.getItem(3));
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitFor(() -> page.findView(ChlauthView.ID), "the CHLAUTH view"); //$NON-NLS-1$
        Label chlauth = driver.waitFor(() -> WorkbenchDriver.find(area, "chlauth.summary", Label.class), "the CHLAUTH view's summary"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> chlauth.getText().startsWith("4 records from queue manager QM1"), "the records of QM1"); //$NON-NLS-1$ //$NON-NLS-2$
        // the overview uses the state already read: no second connection
        doubleClick(tree, certificateOnly.getItem(0));
        Label security = driver.waitFor(() -> WorkbenchDriver.find(area, "security.summary", Label.class), "the security view"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> security.getText().startsWith("Queue manager QM1 from"), "the overview of QM1"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("QM1 certificate only:"), connections.subList(0, 1), "one reading for both parts"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, connections.size(), "one reading for both parts: " + connections); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("navigator-overview"); //$NON-NLS-1$
        // Fix... on the missing back-stop: the plan in the Apply dialog, compared, applied
        Table findings = WorkbenchDriver.get(area, "security.findings", Table.class); //$NON-NLS-1$
        int backstop = WorkbenchDriver.findingCodes(findings).indexOf("CHLAUTH_LINT_NO_BACKSTOP"); //$NON-NLS-1$
        assertTrue(backstop >= 0, WorkbenchDriver.findingCodes(findings).toString());
        select(findings, backstop);
        Button fix = WorkbenchDriver.get(area, "security.fix", Button.class); //$NON-NLS-1$
        assertTrue(fix.isEnabled(), "a missing back-stop can be planned"); //$NON-NLS-1$
        Runnable fixed = driver.whenOpen("Apply to Queue Manager", dialog -> { //$NON-NLS-1$
            Text mqsc = WorkbenchDriver.get(dialog.shell(), "apply.mqsc", Text.class); //$NON-NLS-1$
            assertTrue(mqsc.getText().contains("SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)"), mqsc.getText()); //$NON-NLS-1$
            dialog.press("apply.compare"); //$NON-NLS-1$
            Table changes = WorkbenchDriver.get(dialog.shell(), "apply.changes", Table.class); //$NON-NLS-1$
            Button applyButton = WorkbenchDriver.get(dialog.shell(), "apply.apply", Button.class); //$NON-NLS-1$
            driver.waitUntil(() -> changes.getItemCount() == 1 && applyButton.isEnabled(), "the comparison"); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("fix-compared"); //$NON-NLS-1$
            dialog.press("apply.apply"); //$NON-NLS-1$
            Label status = WorkbenchDriver.get(dialog.shell(), "apply.status", Label.class); //$NON-NLS-1$
            driver.waitUntil(() -> status.getText().startsWith("Applied."), "the fix applied"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("apply.close"); //$NON-NLS-1$
        });
        driver.click(fix);
        fixed.run();
        assertTrue(qmgr.state().chlauth().stream().anyMatch(r -> r.profile().equals("*") && r.type().name().equals("ADDRESSMAP") //$NON-NLS-1$ //$NON-NLS-2$
                && r.address().equals("*")), qmgr.state().chlauth().toString()); //$NON-NLS-1$
        // the key repository SSLKEYR names is not on this machine: told, not guessed
        Runnable told = driver.whenOpen("Security Navigator", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
        doubleClick(tree, certificateOnly.getItem(1));
        told.run();
    }

    @Test
    void withoutQueueManagersTheNavigatorWelcomesWithTheThreeFirstSteps() throws Exception {
        System.setProperty(ConnectionProfiles.FILE_PROPERTY, KeystoreFixtures.get().scratch("ui-welcome").resolve("none.json").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "Security Navigator")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(SecurityNavigator.ID), "the Security Navigator"); //$NON-NLS-1$
        Composite area = driver.mainShell();
        driver.click(WorkbenchDriver.get(area, "navigator.refresh", Button.class)); //$NON-NLS-1$
        driver.waitForJobs(QueueManagerJobs.PROFILES);
        Composite welcome = WorkbenchDriver.get(area, "navigator.welcome", Composite.class); //$NON-NLS-1$
        driver.waitUntil(welcome::isVisible, "the welcome"); //$NON-NLS-1$
        for (String step : new String[] { "navigator.welcome.openKeyRepository", "navigator.welcome.newTlsChannel", //$NON-NLS-1$ //$NON-NLS-2$
                "navigator.welcome.addQueueManager" }) { //$NON-NLS-1$
            assertTrue(WorkbenchDriver.get(welcome, step, Button.class).isVisible(), step);
        }
        driver.settle();
        driver.screenshot("welcome"); //$NON-NLS-1$
        // the third step opens the Queue Managers view with its new-profile dialog
        Runnable adding = driver.whenOpen("Add Queue Manager Connection", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "Cancel"))); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(WorkbenchDriver.get(welcome, "navigator.welcome.addQueueManager", Button.class)); //$NON-NLS-1$
        adding.run();
        assertTrue(page.findView(QueueManagersView.ID) != null, "the Queue Managers view"); //$NON-NLS-1$
    }

    @Test
    void theFleetScanReadsEveryProfileIntoOneTable() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Fleet Expiry Scan")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(FleetView.ID), "the Fleet Expiry Scan view"); //$NON-NLS-1$
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "fleet.summary", Label.class); //$NON-NLS-1$
        // QM1's profile has a user: its password is asked before the scan starts
        Runnable asked = driver.whenOpen("Queue Manager Connection", dialog -> { //$NON-NLS-1$
            dialog.type("password.text", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("password.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "fleet.scanProfiles", Button.class)); //$NON-NLS-1$
        asked.run();
        driver.waitForJobs(QueueManagerJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("2 queue managers read, 0 not read"), "the scan, " + summary.getText()); //$NON-NLS-1$ //$NON-NLS-2$
        Table rows = WorkbenchDriver.get(area, "fleet.rows", Table.class); //$NON-NLS-1$
        assertEquals(2, column(rows, 4).stream().filter("CHLAUTH_LINT_NO_BACKSTOP"::equals).count(), column(rows, 4).toString()); //$NON-NLS-1$
        assertTrue(connections.containsAll(List.of("QM1:s3cret", "QM1 certificate only:")), connections.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        driver.screenshot("fleet"); //$NON-NLS-1$
        Path csv = KeystoreFixtures.get().scratch("ui-fleet").resolve("fleet.csv"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.deleteIfExists(csv);
        Runnable saved = driver.answerSaveDialog("Export the Fleet Scan", csv); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "fleet.exportCsv", Button.class)); //$NON-NLS-1$
        saved.run();
        driver.waitForJobs(QueueManagerJobs.REPORT);
        driver.waitUntil(() -> Files.exists(csv), "the CSV"); //$NON-NLS-1$
        List<String> lines = Files.readAllLines(csv);
        assertEquals("queueManager,source,kind,severity,code,label,subject,notAfter,message", lines.get(0)); //$NON-NLS-1$
        assertEquals(rows.getItemCount() + 1, lines.size(), lines.toString());
    }

    private static Event expandEvent(org.eclipse.swt.widgets.TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    /** A double-click as SWT reports it: the item selected, then DefaultSelection. */
    private void doubleClick(org.eclipse.swt.widgets.Tree tree, org.eclipse.swt.widgets.TreeItem item) {
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        Event open = new Event();
        open.item = item;
        tree.notifyListeners(SWT.DefaultSelection, open);
        driver.flush();
    }

    /** The text field of a JFace InputDialog. */
    private static org.eclipse.swt.widgets.Text find(org.eclipse.swt.widgets.Control control) {
        if (control instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & SWT.READ_ONLY) == 0) {
            return text;
        }
        if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Text found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void removeTheAppRangeCompareAndApply(Composite area) {
        removeTheAppRange(area);
        compareAndApply(area, null);
    }

    /** Removes the APP.* address range in the view, after confirming. */
    private void removeTheAppRange(Composite area) {
        Tree tree = WorkbenchDriver.get(area, "chlauth.records", Tree.class); //$NON-NLS-1$
        TreeItem app = java.util.Arrays.stream(tree.getItems()).filter(t -> t.getText().startsWith("APP.*")).findFirst().orElseThrow() //$NON-NLS-1$
                .getItem(0).getItem(0);
        tree.setSelection(app);
        tree.notifyListeners(SWT.Selection, new Event());
        driver.flush();
        Runnable confirmed = driver.whenOpen("Remove Record", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(WorkbenchDriver.get(area, "chlauth.remove", Button.class)); //$NON-NLS-1$
        confirmed.run();
    }

    /**
     * In the Apply dialog: compares (one REMOVE), applies, and sees the step done and the queue
     * manager read back as planned.
     *
     * @param password what to type when the dialog asks for the profile user's password; null when it does not ask
     */
    private void compareAndApply(Composite area, String password) {
        Button apply = WorkbenchDriver.get(area, "chlauth.apply", Button.class); //$NON-NLS-1$
        assertTrue(apply.isEnabled());
        Runnable applied = driver.whenOpen("Apply to Queue Manager", dialog -> { //$NON-NLS-1$
            Button applyButton = WorkbenchDriver.get(dialog.shell(), "apply.apply", Button.class); //$NON-NLS-1$
            assertFalse(applyButton.isEnabled(), "Apply before Compare"); //$NON-NLS-1$
            Text mqsc = WorkbenchDriver.get(dialog.shell(), "apply.mqsc", Text.class); //$NON-NLS-1$
            assertTrue(mqsc.getText().contains("SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('10.0.0.1-100') ACTION(REMOVE)"), mqsc.getText()); //$NON-NLS-1$
            Runnable asked = password == null ? () -> { } : driver.whenOpen("Queue Manager Connection", passwordDialog -> { //$NON-NLS-1$
                passwordDialog.type("password.text", password); //$NON-NLS-1$
                passwordDialog.press("password.ok"); //$NON-NLS-1$
            });
            dialog.press("apply.compare"); //$NON-NLS-1$
            asked.run();
            Table changes = WorkbenchDriver.get(dialog.shell(), "apply.changes", Table.class); //$NON-NLS-1$
            driver.waitUntil(() -> changes.getItemCount() == 1 && applyButton.isEnabled(), "the comparison"); //$NON-NLS-1$
            assertEquals("REMOVED", changes.getItem(0).getText(0)); //$NON-NLS-1$
            assertTrue(qmgr.state().chlauth().size() == 4, "a comparison changes nothing"); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("apply-compared"); //$NON-NLS-1$
            dialog.press("apply.apply"); //$NON-NLS-1$
            Label status = WorkbenchDriver.get(dialog.shell(), "apply.status", Label.class); //$NON-NLS-1$
            driver.waitUntil(() -> status.getText().startsWith("Applied."), "the plan applied"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("DONE", changes.getItem(0).getText(0)); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("apply-done"); //$NON-NLS-1$
            dialog.press("apply.close"); //$NON-NLS-1$
        });
        driver.click(apply);
        applied.run();
        assertEquals(3, qmgr.state().chlauth().size());
        assertFalse(qmgr.state().chlauth().stream().anyMatch(r -> r.profile().equals("APP.*"))); //$NON-NLS-1$
    }
}
