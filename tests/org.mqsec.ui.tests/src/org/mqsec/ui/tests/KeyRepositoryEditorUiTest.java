package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.LargeKeystore;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.keystore.KeyRepositoryDropListener;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;
import org.mqsec.ui.internal.keystore.RememberedPasswords;

/** The key repository browser driven as a user drives it, in the real workbench under Xvfb. */
class KeyRepositoryEditorUiTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    private WorkbenchDriver driver;
    private IWorkbenchPage page;

    @BeforeEach
    void setUp(TestInfo test) {
        driver = new WorkbenchDriver(test);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
    }

    @AfterEach
    void tearDown() {
        try {
            driver.waitForJobs(KeyRepositoryJobs.OPEN);
            page.closeAllEditors(false);
        } finally {
            driver.close();
        }
    }

    private KeyRepositoryEditorPage editorOf(IEditorPart part) {
        assertNotNull(part, "an editor opened"); //$NON-NLS-1$
        KeyRepositoryEditorPage editor = new KeyRepositoryEditorPage(driver, part);
        editor.waitUntilLoaded();
        return editor;
    }

    private KeyRepositoryEditorPage open(Path file) {
        return editorOf(KeyRepositoryEditors.open(page, file));
    }

    private String clipboardText() {
        Clipboard clipboard = new Clipboard(driver.display());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    /** No dialog (error or otherwise) is showing: problems belong in the editor area. */
    private void assertNoDialogs() {
        List<String> open = new ArrayList<>();
        for (Shell shell : driver.display().getShells()) {
            if (shell.isVisible() && shell != driver.mainShell()) {
                open.add(shell.getText());
            }
        }
        assertEquals(List.of(), open, "dialogs open"); //$NON-NLS-1$
    }

    @Test
    void openThroughTheFileMenuAndInspectAnEntry() throws Exception {
        Path file = FIXTURES.file("openssl-default.p12"); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage passwords = PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        MenuItem openItem = driver.menuItem(driver.mainShell(), "File", "Open Key Repository..."); //$NON-NLS-1$ //$NON-NLS-2$
        Runnable dialogClosed = driver.answerOpenDialog("Open Key Repository", file); //$NON-NLS-1$
        driver.click(openItem);
        dialogClosed.run();
        FileChoosers.Request asked = driver.fileRequests().get(0);
        assertTrue(asked.multiple() && asked.extensions().get(0).contains("*.p12;*.pfx;*.kdb;*.jks"), asked.toString()); //$NON-NLS-1$

        IEditorPart part = driver.waitFor(() -> {
            for (IEditorReference reference : page.getEditorReferences()) {
                if (reference.getName().equals("openssl-default.p12")) { //$NON-NLS-1$
                    return reference.getEditor(true);
                }
            }
            return null;
        }, "the editor of the chosen file"); //$NON-NLS-1$
        KeyRepositoryEditorPage editor = editorOf(part);
        assertEquals(1, passwords.answered(), "asked once for the password"); //$NON-NLS-1$
        assertNull(passwords.errorMessages.get(0));
        driver.screenshot("opened"); //$NON-NLS-1$

        assertTrue(editor.summary().contains("PKCS#12, 1 entry;"), editor.summary()); //$NON-NLS-1$
        assertEquals(1, editor.rowCount());
        assertEquals(KeystoreFixtures.SERVER_LABEL, editor.cell(0, "Label")); //$NON-NLS-1$
        assertEquals("Personal (key + certificate)", editor.cell(0, "Kind")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("QM1", editor.cell(0, "Subject CN")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("MQ Test CA", editor.cell(0, "Issuer CN")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("EC 256", editor.cell(0, "Key")); //$NON-NLS-1$ //$NON-NLS-2$

        editor.select(0);
        assertEquals(KeystoreFixtures.SERVER_DN, editor.detail("Subject")); //$NON-NLS-1$
        assertEquals(KeystoreFixtures.CA_DN, editor.detail("Issuer")); //$NON-NLS-1$
        assertEquals("DNS:qm1.example.com, IP:192.0.2.10", editor.detail("Subject alternative names")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("serverAuth, clientAuth", editor.detail("Extended key usage")); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> chain = editor.chain();
        assertEquals(2, chain.size(), chain.toString());
        assertTrue(chain.get(0).startsWith(KeystoreFixtures.SERVER_DN + " | signed by the next certificate"), chain.get(0)); //$NON-NLS-1$
        assertTrue(chain.get(1).startsWith(KeystoreFixtures.CA_DN + " | self-signed root"), chain.get(1)); //$NON-NLS-1$
        assertEquals(Files.readString(FIXTURES.file("server.pem")).trim(), editor.pem().trim()); //$NON-NLS-1$
        driver.screenshot("details"); //$NON-NLS-1$

        editor.click("keystore.copyFingerprint"); //$NON-NLS-1$
        assertEquals(editor.detail("SHA-256 fingerprint"), clipboardText()); //$NON-NLS-1$
        editor.click("keystore.copyPem"); //$NON-NLS-1$
        assertEquals(editor.pem(), clipboardText());

        // Export certificate...: the file's extension chooses DER
        Path exported = FIXTURES.scratch("ui-export").resolve("qm1-exported.der"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.deleteIfExists(exported);
        Runnable saveClosed = driver.answerSaveDialog("Export Certificate", exported); //$NON-NLS-1$
        editor.click("keystore.export"); //$NON-NLS-1$
        saveClosed.run();
        FileChoosers.Request export = driver.fileRequests().get(1);
        assertEquals(KeystoreFixtures.SERVER_LABEL + ".pem", export.suggestedName()); //$NON-NLS-1$
        assertEquals(List.of("*.pem;*.crt;*.arm", "*.der;*.cer", "*.p7b", "*.pub"), export.extensions()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        driver.waitUntil(() -> Files.exists(exported), "the exported file"); //$NON-NLS-1$
        String read = FIXTURES.openssl("x509", "-inform", "DER", "-in", exported.toString(), "-noout", "-fingerprint", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-sha256"); //$NON-NLS-1$
        assertEquals(editor.detail("SHA-256 fingerprint"), read.substring(read.indexOf('=') + 1).trim(), //$NON-NLS-1$
                "openssl reads the exported DER certificate"); //$NON-NLS-1$
        assertNoDialogs();
    }

    @Test
    void wrongPasswordIsAskedAgainAndTheRightOneRemembered() {
        Path file = FIXTURES.file("java-default.p12"); //$NON-NLS-1$
        String key = new FileKeyRepositoryLocation(file).storageKey();
        RememberedPasswords.forget(key);
        PasswordDialogPage passwords = PasswordDialogPage.answer(driver, true, "wrong-guess", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        KeyRepositoryEditorPage editor = open(file);
        assertEquals(2, passwords.answered());
        assertNull(passwords.errorMessages.get(0));
        assertTrue(passwords.errorMessages.get(1).contains("not correct"), passwords.errorMessages.get(1)); //$NON-NLS-1$
        assertEquals(2, editor.rowCount());
        driver.screenshot("opened-after-retry"); //$NON-NLS-1$
        assertEquals(KeystoreFixtures.PASSWORD, new String(RememberedPasswords.get(key)));

        page.closeAllEditors(false);
        PasswordDialogPage notAsked = PasswordDialogPage.refuse(driver);
        KeyRepositoryEditorPage again = open(file);
        notAsked.stop();
        assertEquals(0, notAsked.answered(), "the remembered password was used"); //$NON-NLS-1$
        assertEquals(2, again.rowCount());
        RememberedPasswords.forget(key);
        assertNull(RememberedPasswords.get(key));
    }

    @Test
    void renameAndDeleteAreSavedWithABackup() throws Exception {
        Path file = FIXTURES.scratch("ui-edit").resolve("edit.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.copy(FIXTURES.file("java-default.p12"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$
        Files.deleteIfExists(file.resolveSibling("edit.p12.bak")); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage passwords = PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        KeyRepositoryEditorPage editor = open(file);
        assertEquals(2, editor.rowCount());
        // every change and the save run as Jobs of the key repository families, in their own threads
        List<String> offUiThread = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread uiThread = driver.display().getThread();
        org.eclipse.core.runtime.jobs.IJobChangeListener jobs = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if ((event.getJob().belongsTo(KeyRepositoryJobs.WRITE) || event.getJob().belongsTo(KeyRepositoryJobs.OPEN))
                        && Thread.currentThread() != uiThread) {
                    offUiThread.add(event.getJob().getName());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(jobs);

        editor.select(editor.rowOf("app1")); //$NON-NLS-1$
        driver.answerDialog("Rename Entry", "OK", "qm1-client"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        editor.contextMenu("Rename..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.rowOf("qm1-client") >= 0, "the renamed entry"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(editor.editor().isDirty());
        assertTrue(editor.summary().contains("changed, not saved yet"), editor.summary()); //$NON-NLS-1$

        editor.select(editor.rowOf("mq test ca")); //$NON-NLS-1$
        driver.answerDialog("Delete Entry", "OK"); //$NON-NLS-1$ //$NON-NLS-2$
        editor.contextMenu("Delete..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.rowCount() == 1, "the entry to be deleted"); //$NON-NLS-1$
        driver.screenshot("changed"); //$NON-NLS-1$
        assertEquals(2, KeyRepositoryFormatsTest.keytoolEntries(file).size(), "nothing is written before Save"); //$NON-NLS-1$
        assertTrue(editor.commands().contains("keytool -changealias") && editor.commands().contains("-destalias 'qm1-client'") //$NON-NLS-1$ //$NON-NLS-2$
                && editor.commands().contains("runmqakm -cert -delete") && !editor.commands().contains(KeystoreFixtures.PASSWORD), //$NON-NLS-1$
                editor.commands());

        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null
                && !editor.summary().contains("not saved"), "the save and the reload"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, passwords.answered(), "saving and reloading did not ask for the password again"); //$NON-NLS-1$
        Job.getJobManager().removeJobChangeListener(jobs);
        assertTrue(offUiThread.containsAll(List.of("Reading the keys of edit.p12", "Rename Entry", "Delete Entry", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "Saving edit.p12")), offUiThread.toString()); //$NON-NLS-1$
        assertEquals(java.util.Map.of("qm1-client", "personal"), KeyRepositoryFormatsTest.keytoolEntries(file)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, KeyRepositoryFormatsTest.keytoolEntries(file.resolveSibling("edit.p12.bak")).size(), //$NON-NLS-1$
                "the previous version is kept"); //$NON-NLS-1$
        driver.screenshot("saved"); //$NON-NLS-1$
    }

    /**
     * A GSKit C database (version 3, MD5) opens with its stash alone; after a delete, Save asks
     * before writing it as version 4, and the file written is version 4 and opens again with its stash.
     */
    @Test
    void aGskitDatabaseOpensWithItsStashAndIsSavedAsVersion4OnlyAfterAsking() throws Exception {
        Path folder = org.mqsec.testing.GskitFixtures.copy(org.mqsec.testing.GskitFixtures.GOLANG, "ui-cms"); //$NON-NLS-1$
        Path file = folder.resolve("anon-tls.kdb"); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage passwords = PasswordDialogPage.answer(driver, false, "not needed"); //$NON-NLS-1$
        KeyRepositoryEditorPage editor = open(file);
        assertEquals(4, editor.rowCount());
        assertTrue(editor.rowOf("CN=ISRG Root X1,O=Internet Security Research Group,C=US") >= 0); //$NON-NLS-1$
        driver.screenshot("opened-with-stash"); //$NON-NLS-1$

        editor.select(editor.rowOf("DigiCertRootCA")); //$NON-NLS-1$
        driver.answerDialog("Delete Entry", "OK"); //$NON-NLS-1$ //$NON-NLS-2$
        editor.contextMenu("Delete..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.rowCount() == 3, "the entry to be deleted"); //$NON-NLS-1$
        driver.answerDialog("Save as CMS version 4?", "Yes"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null
                && !editor.summary().contains("not saved"), "the save and the reload"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, passwords.answered(), "the stash gave the password; no dialog asked"); //$NON-NLS-1$
        assertEquals(4, Files.readAllBytes(file)[2], "written as version 4"); //$NON-NLS-1$
        assertEquals(3, editor.rowCount());
        driver.screenshot("saved-as-version-4"); //$NON-NLS-1$
    }

    /**
     * Another tool changes the file while the editor holds unsaved changes: Save asks instead of
     * overwriting; Reload shows the other change, Overwrite replaces it with the editor's.
     */
    @Test
    void aFileChangedOnDiskIsReloadedOrOverwrittenAsTheUserChooses() throws Exception {
        Path file = FIXTURES.scratch("ui-changed-on-disk").resolve("shared.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.copy(FIXTURES.file("java-default.p12"), file); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        KeyRepositoryEditorPage editor = open(file);

        editor.select(editor.rowOf("app1")); //$NON-NLS-1$
        driver.answerDialog("Rename Entry", "OK", "mine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        editor.contextMenu("Rename..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.rowOf("mine") >= 0, "the renamed entry"); //$NON-NLS-1$ //$NON-NLS-2$
        FIXTURES.keytool("-changealias", "-alias", "mq test ca", "-destalias", "theirs", "-keystore", file.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        driver.answerDialog("File Changed on Disk", "Reload"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null
                && editor.rowOf("theirs") >= 0, "the file as keytool left it"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(java.util.Map.of("app1", "personal", "theirs", "trusted"), KeyRepositoryFormatsTest.keytoolEntries(file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        editor.select(editor.rowOf("app1")); //$NON-NLS-1$
        driver.answerDialog("Rename Entry", "OK", "mine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        editor.contextMenu("Rename..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.rowOf("mine") >= 0, "the renamed entry"); //$NON-NLS-1$ //$NON-NLS-2$
        FIXTURES.keytool("-changealias", "-alias", "theirs", "-destalias", "theirs-again", "-keystore", file.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        driver.answerDialog("File Changed on Disk", "Overwrite"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null
                && editor.rowOf("mine") >= 0, "the save"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(java.util.Map.of("mine", "personal", "theirs", "trusted"), KeyRepositoryFormatsTest.keytoolEntries(file)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        driver.screenshot("overwritten"); //$NON-NLS-1$
    }

    @Test
    void newRepositoryLocalCaAndServerCertificateThroughTheWizards() throws Exception {
        Path dir = FIXTURES.scratch("ui-wizards"); //$NON-NLS-1$
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        driver.click(driver.menuItem(driver.mainShell(), "File", "New Key Repository...")); //$NON-NLS-1$ //$NON-NLS-2$
        WizardDialogPage create = new WizardDialogPage(driver, "New Key Repository"); //$NON-NLS-1$
        create.type("new.queueManager", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("/var/mqm/qmgrs/QM1/ssl", create.text("new.folder"), "MQ's own directory is suggested"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(create.label("new.label").contains("ibmwebspheremqqm1"), create.label("new.label")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        driver.waitUntil(() -> !create.canGoOn(), "the finding that /var/mqm/qmgrs/QM1/ssl does not exist on this machine"); //$NON-NLS-1$
        driver.screenshot("new-repository-missing-folder"); //$NON-NLS-1$
        create.set("new.folder", dir.toString()); //$NON-NLS-1$
        create.next("new-repository-location"); //$NON-NLS-1$
        create.type("new.password", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        create.type("new.confirmation", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        PasswordDialogPage notAsked = PasswordDialogPage.refuse(driver);
        create.finish("new-repository-password"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        KeyRepositoryEditorPage editor = editorOf(driver.waitFor(() -> page.getActiveEditor(), "the new repository's editor")); //$NON-NLS-1$
        notAsked.stop();
        assertEquals(0, notAsked.answered(), "the password given in the wizard opens the new file"); //$NON-NLS-1$
        assertEquals(0, editor.rowCount());
        assertTrue(Files.exists(dir.resolve("key.sth")), "the stash is written next to the repository"); //$NON-NLS-1$ //$NON-NLS-2$

        editor.contextMenu("Create Local CA..."); //$NON-NLS-1$
        WizardDialogPage ca = new WizardDialogPage(driver, "Create Local CA"); //$NON-NLS-1$
        ca.type("generate.alias", "MQ CA"); //$NON-NLS-1$ //$NON-NLS-2$
        ca.type("generate.dn", "cn=MQ CA"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(ca.canGoOn(), "a lower-case attribute type is refused on the page"); //$NON-NLS-1$
        driver.screenshot("ca-subject-finding"); //$NON-NLS-1$
        ca.type("generate.dn", "CN=MQ CA,O=Example Ltd,C=GB"); //$NON-NLS-1$ //$NON-NLS-2$
        ca.next("ca-subject"); //$NON-NLS-1$
        ca.next("ca-key"); //$NON-NLS-1$
        ca.next("ca-signer"); //$NON-NLS-1$
        assertTrue(ca.text("generate.commands").contains("keytool -genkeypair"), ca.text("generate.commands")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ca.finish("ca-review"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        driver.waitUntil(() -> editor.rowOf("MQ CA") >= 0, "the CA in the table"); //$NON-NLS-1$ //$NON-NLS-2$

        editor.contextMenu("Generate Key Pair..."); //$NON-NLS-1$
        WizardDialogPage key = new WizardDialogPage(driver, "Generate Key Pair"); //$NON-NLS-1$
        key.type("generate.alias", "ibmwebspheremqqm1"); //$NON-NLS-1$ //$NON-NLS-2$
        key.type("generate.dn", "CN=QM1,OU=MQ,O=Example Ltd,C=GB"); //$NON-NLS-1$ //$NON-NLS-2$
        key.type("generate.san", "DNS:qm1.example.com"); //$NON-NLS-1$ //$NON-NLS-2$
        key.next("server-subject"); //$NON-NLS-1$
        key.next("server-key"); //$NON-NLS-1$
        key.choose("generate.signed", "generate.selfSigned"); //$NON-NLS-1$ //$NON-NLS-2$
        key.next("server-signer"); //$NON-NLS-1$
        assertTrue(key.text("generate.commands").contains("runmqakm -cert -sign"), key.text("generate.commands")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        key.finish("server-review"); //$NON-NLS-1$
        driver.waitForJobs(KeyRepositoryJobs.WRITE);
        driver.waitUntil(() -> editor.rowOf("ibmwebspheremqqm1") >= 0, "the server certificate in the table"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("MQ CA", editor.cell(editor.rowOf("ibmwebspheremqqm1"), "Issuer CN")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null
                && editor.rowCount() == 2, "the save"); //$NON-NLS-1$
        driver.screenshot("saved"); //$NON-NLS-1$
        Path file = dir.resolve("key.p12"); //$NON-NLS-1$
        assertEquals(java.util.Map.of("mq ca", "personal", "ibmwebspheremqqm1", "personal"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeyRepositoryFormatsTest.keytoolEntries(file));

        for (String[] export : new String[][] { { "MQ CA", "ca.pem" }, { "ibmwebspheremqqm1", "qm1.pem" } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            editor.select(editor.rowOf(export[0]));
            Runnable closed = driver.answerSaveDialog("Export Certificate", dir.resolve(export[1])); //$NON-NLS-1$
            editor.click("keystore.export"); //$NON-NLS-1$
            closed.run();
            driver.waitForJobs(KeyRepositoryJobs.WRITE);
            driver.waitUntil(() -> Files.exists(dir.resolve(export[1])), export[1]);
        }
        String verify = KeystoreFixtures.run(dir, List.of("openssl", "verify", "-CAfile", "ca.pem", "qm1.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(verify.contains("qm1.pem: OK"), verify); //$NON-NLS-1$
    }

    @Test
    void requestReplyImportAndPasswordChangeFromTheEditor() throws Exception {
        Path dir = FIXTURES.scratch("ui-actions"); //$NON-NLS-1$
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Path file = dir.resolve("app.p12"); //$NON-NLS-1$
        Files.copy(FIXTURES.file("java-default.p12"), file); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        KeyRepositoryEditorPage editor = open(file);

        editor.select(editor.rowOf("app1")); //$NON-NLS-1$
        Path csr = dir.resolve("app1.csr"); //$NON-NLS-1$
        driver.answerDialog("Create Certificate Request", "OK"); // the "written to" note //$NON-NLS-1$ //$NON-NLS-2$
        Runnable saved = driver.answerSaveDialog("Create Certificate Request", csr); //$NON-NLS-1$
        editor.contextMenu("Create Certificate Request..."); //$NON-NLS-1$
        saved.run();
        assertTrue(KeystoreFixtures.run(dir, List.of("openssl", "req", "-in", "app1.csr", "-verify", "-noout")).contains("OK")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        KeystoreFixtures.run(dir, List.of("openssl", "x509", "-req", "-in", "app1.csr", "-CA", FIXTURES.file("ca.pem").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-CAkey", FIXTURES.file("ca.key").toString(), "-CAcreateserial", "-days", "30", "-out", "reply.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

        Runnable opened = driver.answerOpenDialog("Receive Certificate", dir.resolve("reply.pem")); //$NON-NLS-1$ //$NON-NLS-2$
        editor.contextMenu("Receive Certificate..."); //$NON-NLS-1$
        opened.run();
        driver.waitUntil(() -> "MQ Test CA".equals(editor.cell(editor.rowOf("app1"), "Issuer CN")), "the CA-signed certificate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        editor.select(editor.rowOf("app1")); //$NON-NLS-1$
        assertEquals(2, editor.chain().size(), "the chain reaches the trusted CA already in the file"); //$NON-NLS-1$

        Runnable imported = driver.answerOpenDialog("Import Certificates", FIXTURES.file("cabundle.pem")); //$NON-NLS-1$ //$NON-NLS-2$
        editor.contextMenu("Import Certificates..."); //$NON-NLS-1$
        imported.run();
        driver.waitUntil(() -> editor.rowCount() == 3, "only the certificate that was not there yet"); //$NON-NLS-1$
        driver.screenshot("received-and-imported"); //$NON-NLS-1$
        String commands = editor.commands();
        assertTrue(commands.contains("keytool -certreq") && commands.contains("runmqakm -cert -receive") //$NON-NLS-1$ //$NON-NLS-2$
                && commands.contains("runmqakm -cert -add") && commands.contains("'Expiring Partner CA'"), commands); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(driver.menuItem(driver.mainShell(), "File", "Save")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> !editor.editor().isDirty() && editor.editor().repository() != null, "the save"); //$NON-NLS-1$

        assertTrue(Files.exists(dir.resolve("app.p12.bak")), "the save kept the previous version"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.answerDialog("Change Password", "OK", "N3w-Passw0rd", "N3w-Passw0rd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        driver.answerDialog("Password Changed", "OK"); // says the old password's backup was removed //$NON-NLS-1$ //$NON-NLS-2$
        editor.contextMenu("Change Password..."); //$NON-NLS-1$
        driver.waitUntil(() -> editor.editor().repository() != null && editor.rowCount() == 3, "the reload"); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("app.p12.bak")), "nothing is left under the old password"); //$NON-NLS-1$ //$NON-NLS-2$
        String listing = KeystoreFixtures.run(dir, List.of(KeystoreFixtures.keytool(), "-list", "-v", "-keystore", "app.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-storepass", "N3w-Passw0rd")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(listing.contains("Certificate chain length: 2") && listing.contains("expiring partner ca"), listing); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void badFilesAreExplainedInTheEditorAreaWithoutDialogs() {
        String[][] cases = { { "truncated.p12", "damaged or incomplete" }, { "empty.p12", "is empty" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                { "notes.p12", "is not a key repository" }, { "key.kdb", "CMS key database" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (String[] bad : cases) {
            KeyRepositoryEditorPage editor = open(FIXTURES.file(bad[0]));
            assertTrue(editor.errorMessage().contains(bad[1]), editor.errorMessage());
            assertFalse(editor.errorAdvice().isEmpty(), "advice for " + bad[0]); //$NON-NLS-1$
            assertTrue(editor.retry().isVisible());
            assertNull(editor.editor().repository());
            driver.screenshot(bad[0].replace('.', '-'));
            assertNoDialogs();
        }
        // Try again reads the file afresh
        KeyRepositoryEditorPage empty = open(FIXTURES.file("empty.p12")); //$NON-NLS-1$
        empty.click("keystore.error.retry"); //$NON-NLS-1$
        empty.waitUntilLoaded();
        assertTrue(empty.errorMessage().contains("is empty")); //$NON-NLS-1$
    }

    @Test
    void filterSortAndExpiryHighlight() {
        Path file = FIXTURES.file("openssl-trust.p12"); //$NON-NLS-1$
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        KeyRepositoryEditorPage editor = open(file);
        assertEquals(2, editor.rowCount());
        editor.sortBy("Valid to"); //$NON-NLS-1$
        assertEquals("Expiring Partner CA", editor.cell(0, "Label")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("expires within 30 days", editor.cell(0, "Status")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(new RGB(255, 240, 196), editor.rowBackground(0).getRGB(), "expiring soon is highlighted"); //$NON-NLS-1$
        assertEquals("", editor.cell(1, "Status")); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(editor.rowBackground(1) == null ? null
                : editor.rowBackground(1).getRGB().equals(new RGB(255, 240, 196)) ? "highlighted" : null);
        driver.screenshot("sorted-by-expiry"); //$NON-NLS-1$
        editor.sortBy("Valid to"); //$NON-NLS-1$
        assertEquals("MQ Test CA", editor.cell(0, "Label")); //$NON-NLS-1$ //$NON-NLS-2$

        editor.filter("expiring"); //$NON-NLS-1$
        assertEquals(1, editor.rowCount());
        assertEquals("Expiring Partner CA", editor.cell(0, "Label")); //$NON-NLS-1$ //$NON-NLS-2$
        driver.screenshot("filtered"); //$NON-NLS-1$
        editor.filter("RSA 3072"); //$NON-NLS-1$
        assertEquals(2, editor.rowCount());
    }

    @Test
    void tenThousandEntriesOpenWhileTheUiKeepsResponding() throws Exception {
        Path file = FIXTURES.scratch("large").resolve("partners-10000.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        LargeKeystore.create(file, 10_000, KeystoreFixtures.PASSWORD.toCharArray());
        RememberedPasswords.forget(new FileKeyRepositoryLocation(file).storageKey());
        PasswordDialogPage passwords = PasswordDialogPage.answer(driver, false, KeystoreFixtures.PASSWORD);
        // UI events handled while the Job reads the file: proof that reading is off the UI thread
        int[] ticksWhileLoading = { 0 };
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (passwords.answered() == 1 && Job.getJobManager().find(KeyRepositoryJobs.OPEN).length > 0) {
                    ticksWhileLoading[0]++;
                }
                if (!driver.display().isDisposed()) {
                    driver.display().timerExec(5, this);
                }
            }
        };
        driver.display().timerExec(5, tick);
        KeyRepositoryEditorPage editor = open(file);
        driver.display().timerExec(-1, tick);
        assertEquals(10_000, editor.rowCount());
        assertTrue(ticksWhileLoading[0] > 0, "the UI handled events while the repository was read"); //$NON-NLS-1$
        editor.select(9_999);
        assertTrue(editor.detail("Subject").startsWith("CN=partner-"), editor.detail("Subject")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        driver.screenshot("ten-thousand"); //$NON-NLS-1$
        editor.filter("partner-9999"); //$NON-NLS-1$
        assertEquals(1, editor.rowCount());
    }

    @Test
    void droppedFilesAndCommandLineArgumentsOpenEditors() {
        assertEquals(List.of(Path.of("/srv/mq/key.p12"), Path.of("client.jks")), //$NON-NLS-1$ //$NON-NLS-2$
                KeyRepositoryEditors.fileArguments(new String[] { "-consoleLog", "/srv/mq/key.p12", "client.jks" })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(hasFileDropTarget(driver.mainShell()), "the window accepts dropped files"); //$NON-NLS-1$

        new KeyRepositoryDropListener(page.getWorkbenchWindow()).open(new String[] {
                FIXTURES.file("bundle.pem").toString(), FIXTURES.file("chain.p7b").toString() }); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> names = Arrays.stream(page.getEditorReferences()).map(IEditorReference::getName).sorted().toList();
        assertEquals(List.of("bundle.pem", "chain.p7b"), names); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryEditorPage pem = editorOf(page.getActiveEditor());
        assertTrue(pem.rowCount() >= 1);
        driver.screenshot("dropped"); //$NON-NLS-1$
    }

    private static boolean hasFileDropTarget(Control control) {
        if (control.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target) {
            for (Transfer transfer : target.getTransfer()) {
                if (transfer instanceof FileTransfer) {
                    return true;
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (hasFileDropTarget(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
