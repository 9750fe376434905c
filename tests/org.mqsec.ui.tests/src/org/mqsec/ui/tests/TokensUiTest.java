package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.testing.SoftHsm;
import org.mqsec.ui.TokenJobs;
import org.mqsec.ui.internal.tokens.TokensView;

/**
 * The PKCS#11 Tokens view on SoftHSM2, as an administrator uses it: choose the token, log in with the
 * PIN, see every object, generate a key pair with a self-signed certificate on the token, write a
 * CA's reply beside a key, delete an entry; pkcs11-tool and openssl check what the view did.
 */
class TokensUiTest {

    private WorkbenchDriver driver;
    private IWorkbenchPage page;
    private SoftHsm hsm;

    @BeforeEach
    void setUp(TestInfo test) throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        hsm = SoftHsm.get();
        driver = new WorkbenchDriver(test);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.setProperty(Pkcs11Modules.FILE_PROPERTY, hsm.dir().resolve("modules.json").toString()); //$NON-NLS-1$
    }

    @AfterEach
    void tearDown() {
        if (driver == null) {
            return;
        }
        try {
            driver.waitForJobs(TokenJobs.READ);
            driver.waitForJobs(TokenJobs.WRITE);
            IViewPart view = page.findView(TokensView.ID);
            if (view != null) {
                page.hideView(view);
            }
        } finally {
            System.clearProperty(Pkcs11Modules.FILE_PROPERTY);
            driver.close();
        }
    }

    private static List<String> rows(Table table, int column) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(column) + " | " + item.getText(1)); //$NON-NLS-1$
        }
        return rows;
    }

    private void select(Table table, String label) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(1).equals(label)) {
                table.setSelection(i);
                table.notifyListeners(SWT.Selection, new Event());
                driver.flush();
                return;
            }
        }
        throw new AssertionError(label + " not in " + rows(table, 0)); //$NON-NLS-1$
    }

    @Test
    void logInGenerateOnTheTokenWriteACasReplyAndDelete() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "PKCS#11 Tokens")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitFor(() -> page.findView(TokensView.ID), "the PKCS#11 Tokens view"); //$NON-NLS-1$
        page.setPartState(page.findViewReference(TokensView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        Tree tree = WorkbenchDriver.get(area, "tokens.tree", Tree.class); //$NON-NLS-1$
        driver.waitForJobs(TokenJobs.READ);
        TreeItem work = driver.waitFor(() -> {
            for (TreeItem module : tree.getItems()) {
                for (TreeItem token : module.getItems()) {
                    if (token.getText().startsWith(SoftHsm.WORK_TOKEN)) {
                        return token;
                    }
                }
            }
            return null;
        }, "the work token in the tree"); //$NON-NLS-1$
        tree.setSelection(work);
        tree.notifyListeners(SWT.Selection, new Event());
        Label status = WorkbenchDriver.get(area, "tokens.status", Label.class); //$NON-NLS-1$
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> status.getText().startsWith("Token mqsec-work, public objects only"), "the public objects"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.settle();
        driver.screenshot("public"); //$NON-NLS-1$

        // log in: a wrong PIN is said in place, the right one shows the private objects
        Runnable wrong = driver.whenOpen("Token PIN", dialog -> { //$NON-NLS-1$
            dialog.type("password.text", "999999"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("password.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "tokens.login", Button.class)); //$NON-NLS-1$
        wrong.run();
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> status.getText().contains("is not correct"), "the wrong PIN told"); //$NON-NLS-1$ //$NON-NLS-2$
        Runnable right = driver.whenOpen("Token PIN", dialog -> { //$NON-NLS-1$
            dialog.type("password.text", SoftHsm.PIN); //$NON-NLS-1$
            driver.screenshot("pin"); //$NON-NLS-1$
            dialog.press("password.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "tokens.login", Button.class)); //$NON-NLS-1$
        right.run();
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> status.getText().startsWith("Token mqsec-work, logged in"), "the login"); //$NON-NLS-1$ //$NON-NLS-2$

        // generate an EC key pair with a self-signed certificate, both made on the token
        Runnable generated = driver.whenOpen("Generate Key Pair on the Token", dialog -> { //$NON-NLS-1$
            dialog.type("tokens.genkey.label", "ui-key"); //$NON-NLS-1$ //$NON-NLS-2$
            Combo key = WorkbenchDriver.get(dialog.shell(), "tokens.genkey.key", Combo.class); //$NON-NLS-1$
            dialog.select("tokens.genkey.key", "ec-p256"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("ec-p256", key.getText()); //$NON-NLS-1$
            dialog.set("tokens.genkey.subject", "CN=ui key,O=Example"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("generate"); //$NON-NLS-1$
            dialog.press("tokens.genkey.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "tokens.genkey", Button.class)); //$NON-NLS-1$
        generated.run();
        Table objects = WorkbenchDriver.get(area, "tokens.objects", Table.class); //$NON-NLS-1$
        driver.waitForJobs(TokenJobs.WRITE);
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> rows(objects, 0).contains("Key and certificate | ui-key"), "the new key and certificate"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects").contains("label:      ui-key"), "pkcs11-tool sees it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        select(objects, "ui-key"); //$NON-NLS-1$
        Text details = WorkbenchDriver.get(area, "tokens.details", Text.class); //$NON-NLS-1$
        assertTrue(details.getText().contains("SSLCRYP('GSK_PKCS11=" + SoftHsm.LIBRARY + ";" + SoftHsm.WORK_TOKEN //$NON-NLS-1$ //$NON-NLS-2$
                + ";<token PIN>;SYMMETRIC_CIPHER_OFF;') CERTLABL('ui-key')"), details.getText()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("generated"); //$NON-NLS-1$
        // its certificate leaves the token as openssl reads it
        Path exported = hsm.dir().resolve("ui-key.pem"); //$NON-NLS-1$
        Files.deleteIfExists(exported);
        Runnable saved = driver.answerSaveDialog("Export a Certificate or Public Key from the Token", exported); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "tokens.export", Button.class)); //$NON-NLS-1$
        saved.run();
        driver.waitForJobs(TokenJobs.WRITE);
        driver.waitUntil(() -> Files.exists(exported), "the exported certificate"); //$NON-NLS-1$
        assertTrue(hsm.run("openssl", "x509", "-in", exported.toString(), "-noout", "-subject").contains("CN = ui key"), "openssl reads it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

        // a key without certificate, its request answered by an openssl CA, the reply written in the view
        Runnable second = driver.whenOpen("Generate Key Pair on the Token", dialog -> { //$NON-NLS-1$
            dialog.type("tokens.genkey.label", "ui-reply"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.press("tokens.genkey.ok"); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "tokens.genkey", Button.class)); //$NON-NLS-1$
        second.run();
        driver.waitForJobs(TokenJobs.WRITE);
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> rows(objects, 0).contains("Key without certificate | ui-reply"), "the key without certificate"); //$NON-NLS-1$ //$NON-NLS-2$
        Path dir = hsm.dir();
        Files.writeString(dir.resolve("pin-ui.txt"), SoftHsm.PIN + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        hsm.run("pkcs11-tool", "--module", SoftHsm.LIBRARY, "--token-label", SoftHsm.WORK_TOKEN, "--read-object", "--type", "pubkey", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "--label", "ui-reply", "--output-file", "ui-reply-pub.der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        hsm.run("openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "ui-ca.key", "-out", "ui-ca.pem", "-days", "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
                "-subj", "/O=Example/CN=UI Test CA"); //$NON-NLS-1$ //$NON-NLS-2$
        hsm.run("openssl", "x509", "-new", "-force_pubkey", "ui-reply-pub.der", "-subj", "/O=Example/CN=ui reply", "-CA", "ui-ca.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "-CAkey", "ui-ca.key", "-days", "20", "-out", "ui-reply.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Files.writeString(dir.resolve("ui-reply-chain.pem"), Files.readString(dir.resolve("ui-reply.pem")) + Files.readString(dir.resolve("ui-ca.pem"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Runnable chosen = driver.answerOpenDialog("Write a Certificate and its Chain to the Token", dir.resolve("ui-reply-chain.pem")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(WorkbenchDriver.get(area, "tokens.writeCertificates", Button.class)); //$NON-NLS-1$
        chosen.run();
        driver.waitForJobs(TokenJobs.WRITE);
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> rows(objects, 0).contains("Key and certificate | ui-reply") && rows(objects, 0).contains("Certificate only | UI Test CA"), //$NON-NLS-1$ //$NON-NLS-2$
                "the reply beside its key and the CA beside it"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("reply-written"); //$NON-NLS-1$

        // delete, after confirming
        for (String label : new String[] { "ui-key", "ui-reply", "UI Test CA" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            select(objects, label);
            Runnable confirmed = driver.whenOpen("Delete from the Token", dialog -> driver.click(WorkbenchDriver.button(dialog.shell(), "OK"))); //$NON-NLS-1$ //$NON-NLS-2$
            driver.click(WorkbenchDriver.get(area, "tokens.delete", Button.class)); //$NON-NLS-1$
            confirmed.run();
            driver.waitForJobs(TokenJobs.WRITE);
            driver.waitForJobs(TokenJobs.READ);
            driver.waitUntil(() -> rows(objects, 0).stream().noneMatch(r -> r.endsWith("| " + label)), label + " deleted"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertFalse(hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects").contains("ui-"), "pkcs11-tool sees them gone"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void theSecurityNavigatorListsTokensBesideQueueManagersAndOpensOne() throws Exception {
        IViewPart navigator = page.showView(org.mqsec.ui.internal.security.SecurityNavigator.ID);
        Composite area = driver.mainShell();
        Tree tree = WorkbenchDriver.get(area, "navigator.tree", Tree.class); //$NON-NLS-1$
        TreeItem tokens = driver.waitFor(() -> java.util.Arrays.stream(tree.getItems()).filter(i -> i.getText().equals("PKCS#11 tokens")) //$NON-NLS-1$
                .findFirst().orElse(null), "the tokens' node"); //$NON-NLS-1$
        // listed when first expanded, so that no PKCS#11 library is loaded before anyone asks
        tokens.setExpanded(true);
        Event expand = new Event();
        expand.item = tokens;
        tree.notifyListeners(SWT.Expand, expand);
        driver.waitForJobs(TokenJobs.READ);
        TreeItem work = driver.waitFor(() -> java.util.Arrays.stream(tokens.getItems()).filter(i -> i.getText().startsWith(SoftHsm.WORK_TOKEN))
                .findFirst().orElse(null), "the work token in the navigator"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("navigator-tokens"); //$NON-NLS-1$
        tree.setSelection(work);
        Event selected = new Event();
        selected.item = work;
        tree.notifyListeners(SWT.Selection, selected);
        Event open = new Event();
        open.item = work;
        tree.notifyListeners(SWT.DefaultSelection, open);
        driver.waitFor(() -> page.findView(TokensView.ID), "the PKCS#11 Tokens view"); //$NON-NLS-1$
        Tree tokensTree = WorkbenchDriver.get(area, "tokens.tree", Tree.class); //$NON-NLS-1$
        driver.waitForJobs(TokenJobs.READ);
        driver.waitUntil(() -> tokensTree.getSelection().length == 1 && tokensTree.getSelection()[0].getText().startsWith(SoftHsm.WORK_TOKEN),
                "the work token chosen in the Tokens view"); //$NON-NLS-1$
        driver.waitForJobs(TokenJobs.READ);
        driver.settle();
        driver.screenshot("token-opened-from-navigator"); //$NON-NLS-1$
        page.hideView(navigator);
    }
}
