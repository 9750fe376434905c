package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.testing.IbmAms;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.AmsJobs;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.ams.AmsPolicyView;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditor;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;

/**
 * The AMS policy view driven as an administrator drives it: a new policy whose recipient and signer
 * DNs are picked from a keystore open in the workbench (keytool made it), MD5 chosen and flagged,
 * the policy rendered as MQSC and setmqspl (read back by our parsers) and exported, and the putter
 * checked against the getter with their keystore.conf files: accepted for the recipient, refused
 * for an application that is not one.
 */
class AmsPolicyViewUiTest extends ViewUiTest {

    private static Path dir;

    @BeforeAll
    static void identities() throws Exception {
        dir = KeystoreFixtures.get().scratch("ui-ams"); //$NON-NLS-1$
        KeystoreFixtures.get().amsIdentities(dir, "alice", "bob"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected Object[] families() {
        return new Object[] { AmsJobs.READ, AmsJobs.WRITE, AmsJobs.CHECK };
    }

    @Override
    protected String[] views() {
        return new String[] { AmsPolicyView.ID };
    }

    @Override
    protected void cleanUp() {
        page.closeAllEditors(false);
    }

    private static List<String> items(org.eclipse.swt.widgets.List list) {
        return List.of(list.getItems());
    }

    /** Picks the certificate whose DN is {@code dn} in the DN picker the click on {@code button} opens. */
    private void pick(Composite area, String button, String dn, String screenshot) {
        Runnable picked = driver.whenOpen("Pick Distinguished Names from Certificates", dialog -> { //$NON-NLS-1$
            Table certificates = WorkbenchDriver.get(dialog.shell(), "ams.picker.certificates", Table.class); //$NON-NLS-1$
            TableItem row = java.util.Arrays.stream(certificates.getItems()).filter(item -> item.getText(0).equals(dn)).findFirst()
                    .orElseThrow(() -> new AssertionError(dn + " is not offered: " + java.util.Arrays.stream(certificates.getItems()) //$NON-NLS-1$
                            .map(item -> item.getText(0)).toList()));
            assertTrue(row.getText(1).equals("bob.jks"), row.getText(1)); //$NON-NLS-1$
            certificates.setSelection(row);
            certificates.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            driver.settle();
            driver.screenshot(screenshot);
            driver.click(WorkbenchDriver.button(dialog.shell(), "Insert")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, button, Button.class));
        picked.run();
    }

    @Test
    void createAPrivacyPolicyWithPickedDnsRenderItAndCheckThePutterAgainstTheGetter() throws Exception {
        // bob's keystore (bob's own key, alice's certificate) open in an editor: the picker's source
        IEditorPart part = KeyRepositoryEditors.open(page, dir.resolve("bob.jks"), "secret1".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryEditor editor = (KeyRepositoryEditor) part;
        driver.waitForJobs(KeyRepositoryJobs.OPEN);
        driver.waitUntil(() -> editor.repository() != null, "bob.jks loaded"); //$NON-NLS-1$

        driver.click(driver.menuItem(driver.mainShell(), "File", "AMS Policies")); //$NON-NLS-1$ //$NON-NLS-2$
        IViewPart view = driver.waitFor(() -> page.findView(AmsPolicyView.ID), "the AMS Policies view"); //$NON-NLS-1$
        assertNotNull(view);
        page.setPartState(page.findViewReference(AmsPolicyView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        driver.flush();
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "ams.summary", Label.class); //$NON-NLS-1$
        assertTrue(summary.getText().startsWith("No AMS policies"), summary.getText()); //$NON-NLS-1$

        // New: SHA256 + AES256 (PRIVACY) with no recipient yet, which MQ refuses
        driver.click(WorkbenchDriver.get(area, "ams.new", Button.class)); //$NON-NLS-1$
        Table findings = WorkbenchDriver.get(area, "ams.policy.findings", Table.class); //$NON-NLS-1$
        assertTrue(WorkbenchDriver.findingCodes(findings).contains(AmsPolicy.NO_RECIPIENT), WorkbenchDriver.findingCodes(findings).toString());
        WorkbenchDriver.get(area, "ams.policy.name", Text.class).setText("PAY.QUEUE"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.flush();

        // recipient and signer picked from the keystore: the DNs exactly as AMS compares them
        pick(area, "ams.policy.recipients.pick", "CN=bob,O=Example", "picker-recipient"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        pick(area, "ams.policy.signers.pick", "CN=alice,O=Example", "picker-signer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("CN=bob,O=Example"), items(WorkbenchDriver.get(area, "ams.policy.recipients", org.eclipse.swt.widgets.List.class))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("CN=alice,O=Example"), items(WorkbenchDriver.get(area, "ams.policy.signers", org.eclipse.swt.widgets.List.class))); //$NON-NLS-1$ //$NON-NLS-2$
        Label protection = WorkbenchDriver.get(area, "ams.policy.protection", Label.class); //$NON-NLS-1$
        assertTrue(protection.getText().startsWith("PRIVACY"), protection.getText()); //$NON-NLS-1$
        assertFalse(WorkbenchDriver.findingCodes(findings).contains(AmsPolicy.NO_RECIPIENT), WorkbenchDriver.findingCodes(findings).toString());
        Text roles = WorkbenchDriver.get(area, "ams.policy.roles", Text.class); //$NON-NLS-1$
        assertTrue(roles.getText().contains("CN=bob,O=Example") && roles.getText().contains("CN=alice,O=Example"), roles.getText()); //$NON-NLS-1$ //$NON-NLS-2$

        // MD5 is flagged; SHA256 again clears it
        Combo signature = WorkbenchDriver.get(area, "ams.policy.signature", Combo.class); //$NON-NLS-1$
        signature.select(signature.indexOf("MD5")); //$NON-NLS-1$
        signature.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
        assertTrue(WorkbenchDriver.findingCodes(findings).contains(AmsPolicy.WEAK_ALGORITHM), WorkbenchDriver.findingCodes(findings).toString());
        Table policies = WorkbenchDriver.get(area, "ams.policies", Table.class); //$NON-NLS-1$
        assertEquals("MD5", policies.getItem(0).getText(2)); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("md5-flagged"); //$NON-NLS-1$
        signature.select(signature.indexOf("SHA256")); //$NON-NLS-1$
        signature.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
        assertFalse(WorkbenchDriver.findingCodes(findings).contains(AmsPolicy.WEAK_ALGORITHM), WorkbenchDriver.findingCodes(findings).toString());

        // rendered as MQSC and, once the queue manager is named, setmqspl: both read back to the policy shown
        WorkbenchDriver.get(area, "ams.qmgr", Text.class).setText("QM1"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.flush();
        String rendered = WorkbenchDriver.get(area, "ams.policy.rendered", Text.class).getText(); //$NON-NLS-1$
        AmsPolicy expected = new AmsPolicy("PAY.QUEUE", AmsPolicy.SignatureAlgorithm.SHA256, AmsPolicy.EncryptionAlgorithm.AES256, //$NON-NLS-1$
                List.of("CN=alice,O=Example"), List.of("CN=bob,O=Example"), false, AmsPolicy.KEY_REUSE_DISABLED); //$NON-NLS-1$ //$NON-NLS-2$
        String mqsc = rendered.lines().filter(line -> line.startsWith("SET POLICY")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals(List.of(expected), AmsPolicyText.parse(mqsc, "rendered")); //$NON-NLS-1$
        String setmqspl = rendered.lines().filter(line -> line.startsWith("setmqspl")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals(expected, AmsPolicyText.parseSetmqspl(setmqspl).get(0).policy());
        assertEquals("QM1", AmsPolicyText.parseSetmqspl(setmqspl).get(0).queueManager()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("privacy-policy"); //$NON-NLS-1$

        // exported as a setmqspl script, which sh can parse and our reader reads back
        Path script = dir.resolve("policies.sh"); //$NON-NLS-1$
        Files.deleteIfExists(script);
        Runnable saved = driver.answerSaveDialog("Export AMS Policies", script); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "ams.export", Button.class)); //$NON-NLS-1$
        saved.run();
        driver.waitForJobs(AmsJobs.WRITE);
        driver.waitUntil(() -> Files.exists(script), "the exported script"); //$NON-NLS-1$
        assertEquals(List.of(expected), AmsPolicyText.parse(Files.readString(script), script.toString()));
        KeystoreFixtures.run(dir, List.of("sh", "-n", script.toString())); //$NON-NLS-1$ //$NON-NLS-2$

        // the pair check: alice puts, bob gets (accepted); alice as the getter is no recipient (refused)
        Runnable checked = driver.whenOpen("Check a Putter Against a Getter", dialog -> { //$NON-NLS-1$
            dialog.set("ams.check.putter.conf", dir.resolve("alice.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.set("ams.check.getter.conf", dir.resolve("bob.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            Label outcome = WorkbenchDriver.get(dialog.shell(), "ams.check.outcome", Label.class); //$NON-NLS-1$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.check.run", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.CHECK);
            driver.waitUntil(() -> outcome.getText().startsWith("ACCEPTED"), "the verdict for bob, " + outcome.getText()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("pair-accepted"); //$NON-NLS-1$
            dialog.set("ams.check.getter.conf", dir.resolve("alice.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.check.run", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.CHECK);
            driver.waitUntil(() -> outcome.getText().equals("GET_REFUSED (AMS_CHECK_NOT_RECIPIENT)"), //$NON-NLS-1$
                    "the verdict for alice, " + outcome.getText()); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("pair-refused"); //$NON-NLS-1$
            // a keystore.conf that is not there is told in the dialog's header, not as a stack trace
            dialog.set("ams.check.getter.conf", dir.resolve("nobody.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.check.run", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.CHECK);
            driver.waitUntil(() -> outcome.getText().startsWith("Not checked"), "the missing keystore.conf"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("pair-missing-conf"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Close")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.check", Button.class)); //$NON-NLS-1$
        checked.run();

        // a message alice put under the policy, as IBM's AMS code protects it, from the error queue
        Path message = dir.resolve("refused.bin"); //$NON-NLS-1$
        Files.write(message, IbmAms.onErrorQueue(IbmAms.protectAs(dir.resolve("alice.jks"), "alice", "secret1", expected, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "payment 42".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "PAY.QUEUE", "QM1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Runnable inspected = driver.whenOpen("Inspect a Message from SYSTEM.PROTECTION.ERROR.QUEUE", dialog -> { //$NON-NLS-1$
            dialog.set("ams.inspect.file", message.toString()); //$NON-NLS-1$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.inspect.run", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.READ);
            Text details = WorkbenchDriver.get(dialog.shell(), "ams.inspect.details", Text.class); //$NON-NLS-1$
            driver.waitUntil(() -> details.getText().contains("PRIVACY under policy PAY.QUEUE"), "the inspection, " + details.getText()); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(details.getText().startsWith("Dead-letter reason 2063"), details.getText()); //$NON-NLS-1$
            Table recipients = WorkbenchDriver.get(dialog.shell(), "ams.inspect.recipients", Table.class); //$NON-NLS-1$
            assertEquals(1, recipients.getItemCount());
            assertTrue(recipients.getItem(0).getText(2).startsWith("CN=bob,O=Example (bob.jks, bob)"), recipients.getItem(0).getText(2)); //$NON-NLS-1$
            // replayed as alice would get it: she is not a recipient; as bob: accepted, the hidden signature checked with his key
            Label verdict = WorkbenchDriver.get(dialog.shell(), "ams.inspect.verdict", Label.class); //$NON-NLS-1$
            dialog.set("ams.inspect.conf", dir.resolve("alice.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.inspect.replay", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.CHECK);
            driver.waitUntil(() -> verdict.getText().equals("GET_REFUSED (AMS_CHECK_NOT_RECIPIENT)"), "alice's replay, " + verdict.getText()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("inspect-not-recipient"); //$NON-NLS-1$
            dialog.set("ams.inspect.conf", dir.resolve("bob.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.get(dialog.shell(), "ams.inspect.replay", Button.class)); //$NON-NLS-1$
            driver.waitForJobs(AmsJobs.CHECK);
            driver.waitUntil(() -> verdict.getText().equals("ACCEPTED"), "bob's replay, " + verdict.getText()); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("inspect-accepted"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Close")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "ams.inspect", Button.class)); //$NON-NLS-1$
        inspected.run();
    }
}
