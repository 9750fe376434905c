package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.ChlauthJobs;
import org.mqsec.ui.internal.chlauth.ChlauthView;

/**
 * The channel authentication view driven as an administrator drives it: import a DISPLAY CHLAUTH
 * dump, read the findings, run RUNCHECK and read its explanation, edit a record in its form (and
 * see a privileged MCAUSER refused), and export the result as MQSC.
 */
class ChlauthViewUiTest extends ViewUiTest {

    /** runmqsc output: IBM's defaults, an application channel's records, and one record MQ refuses. */
    private static final String DUMP = String.join("\n", //$NON-NLS-1$
            "     1 : DISPLAY CHLAUTH(*) ALL", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(SYSTEM.ADMIN.SVRCONN)           TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR(Default rule to allow MQ Explorer access)", //$NON-NLS-1$
            "   CUSTOM( )                               ADDRESS(*)", //$NON-NLS-1$
            "   USERSRC(CHANNEL)                        CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(SYSTEM.*)                       TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR(Default rule to disable all SYSTEM channels)", //$NON-NLS-1$
            "   CUSTOM( )                               ADDRESS(*)", //$NON-NLS-1$
            "   USERSRC(NOACCESS)                       WARN(NO)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(*)                              TYPE(BLOCKUSER)", //$NON-NLS-1$
            "   DESCR(Default rule to disallow privileged users)", //$NON-NLS-1$
            "   CUSTOM( )                               USERLIST(*MQADMIN)", //$NON-NLS-1$
            "   WARN(NO)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(APP.SVRCONN)                    TYPE(SSLPEERMAP)", //$NON-NLS-1$
            "   DESCR( )                                CUSTOM( )", //$NON-NLS-1$
            "   SSLPEER(CN=app1,O=Example)              SSLCERTI( )", //$NON-NLS-1$
            "   ADDRESS(*)                              USERSRC(MAP)", //$NON-NLS-1$
            "   MCAUSER(app1)                           CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(APP.SVRCONN)                    TYPE(USERMAP)", //$NON-NLS-1$
            "   DESCR( )                                CUSTOM( )", //$NON-NLS-1$
            "   CLNTUSER(alice)                         ADDRESS(10.1.*)", //$NON-NLS-1$
            "   USERSRC(MAP)                            MCAUSER(alice1)", //$NON-NLS-1$
            "   CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(APP.OLD)                        TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR( )                                CUSTOM( )", //$NON-NLS-1$
            "   ADDRESS(*)                              USERSRC(MAP)", //$NON-NLS-1$
            "   CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "3 MQSC commands read."); //$NON-NLS-1$

    @Override
    protected Object[] families() {
        return new Object[] { ChlauthJobs.READ, ChlauthJobs.WRITE };
    }

    @Override
    protected String[] views() {
        return new String[] { ChlauthView.ID };
    }

    /**
     * Runs {@code steps} on the dialog titled {@code title} that the next click opens (and blocks in),
     * from a timer inside the dialog's event loop; a failure is kept, the dialog closed, and the
     * failure rethrown by the returned check once the click has returned.
     */
    private Runnable whileOpen(String title, Consumer<WizardDialogPage> steps) {
        List<Throwable> failures = new ArrayList<>();
        driver.display().timerExec(200, () -> {
            Shell shell = null;
            try {
                WizardDialogPage dialog = new WizardDialogPage(driver, title);
                shell = dialog.shell();
                steps.accept(dialog);
            } catch (Throwable t) {
                failures.add(t);
            }
            if (shell != null && !shell.isDisposed() && !failures.isEmpty()) {
                shell.close();
            }
        });
        return () -> {
            if (!failures.isEmpty()) {
                throw new AssertionError("in the dialog " + title, failures.get(0)); //$NON-NLS-1$
            }
        };
    }

    private static List<String> rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        for (TreeItem profile : tree.getItems()) {
            for (TreeItem type : profile.getItems()) {
                for (TreeItem record : type.getItems()) {
                    rows.add(profile.getText() + " / " + type.getText() + " / " + record.getText(0) + " / " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + record.getText(1) + " / " + record.getText(2)); //$NON-NLS-1$
                }
            }
        }
        return rows;
    }

    private static List<String> findings(Table table) {
        List<String> findings = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            findings.add(item.getText(0));
        }
        return findings;
    }

    @Test
    void importCheckEditAndExportChannelAuthenticationRecords() throws Exception {
        driver.click(driver.menuItem(driver.mainShell(), "File", "Channel Authentication Records")); //$NON-NLS-1$ //$NON-NLS-2$
        IViewPart view = driver.waitFor(() -> page.findView(ChlauthView.ID), "the Channel Authentication Records view"); //$NON-NLS-1$
        assertNotNull(view);
        // as an administrator working on the records would: the view fills the window (double-click on its tab)
        page.setPartState(page.findViewReference(ChlauthView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        driver.flush();
        Composite area = driver.mainShell();
        Label summary = WorkbenchDriver.get(area, "chlauth.summary", Label.class); //$NON-NLS-1$
        assertTrue(summary.getText().startsWith("No channel authentication records"), summary.getText()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("empty-view"); //$NON-NLS-1$

        // Import: paste runmqsc's DISPLAY CHLAUTH(*) ALL output
        Runnable imported = whileOpen("Import Channel Authentication Records", dialog -> { //$NON-NLS-1$
            dialog.set("chlauth.import.text", DUMP); //$NON-NLS-1$
            driver.settle();
            driver.screenshot("import-pasted"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Import")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.import", Button.class)); //$NON-NLS-1$
        imported.run();
        driver.waitForJobs(ChlauthJobs.READ);
        driver.waitUntil(() -> summary.getText().startsWith("6 records from pasted text"), "the imported records"); //$NON-NLS-1$ //$NON-NLS-2$
        Tree tree = WorkbenchDriver.get(area, "chlauth.records", Tree.class); //$NON-NLS-1$
        List<String> rows = rows(tree);
        assertEquals(6, rows.size(), rows.toString());
        assertEquals(3, rows.stream().filter(r -> r.contains("(IBM default)")).count(), rows.toString()); //$NON-NLS-1$
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("APP.SVRCONN / SSLPEERMAP (1) / SSLPEER('CN=app1,O=Example')") //$NON-NLS-1$
                && r.contains("has no SSLCERTI")), rows.toString()); //$NON-NLS-1$
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("APP.OLD / ADDRESSMAP (1)") && r.contains("USERSRC(MAP) needs MCAUSER")), //$NON-NLS-1$ //$NON-NLS-2$
                "the record MQ would refuse is shown with its finding: " + rows); //$NON-NLS-1$
        List<String> setFindings = findings(WorkbenchDriver.get(area, "chlauth.findings", Table.class)); //$NON-NLS-1$
        assertTrue(setFindings.stream().anyMatch(f -> f.contains("There is no back-stop")), setFindings.toString()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("imported"); //$NON-NLS-1$

        // RUNCHECK: alice from 10.1.2.3 on APP.SVRCONN, no certificate
        WorkbenchDriver.get(area, "chlauth.runcheck.channel", Text.class).setText("APP.SVRCONN"); //$NON-NLS-1$ //$NON-NLS-2$
        WorkbenchDriver.get(area, "chlauth.runcheck.address", Text.class).setText("10.1.2.3"); //$NON-NLS-1$ //$NON-NLS-2$
        WorkbenchDriver.get(area, "chlauth.runcheck.user", Text.class).setText("alice"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.click(WorkbenchDriver.get(area, "chlauth.runcheck.run", Button.class)); //$NON-NLS-1$
        Label result = WorkbenchDriver.get(area, "chlauth.runcheck.result", Label.class); //$NON-NLS-1$
        Text explanation = WorkbenchDriver.get(area, "chlauth.runcheck.explanation", Text.class); //$NON-NLS-1$
        assertEquals("ALLOWED: runs as MCAUSER('alice1')", result.getText()); //$NON-NLS-1$
        assertTrue(explanation.getText().contains("SSLPEERMAP 'APP.SVRCONN' ADDRESS(*) SSLPEER(CN=app1,O=Example): does not apply (the connection presents no certificate)"), //$NON-NLS-1$
                explanation.getText());
        assertTrue(explanation.getText().contains("USERMAP 'APP.SVRCONN' ADDRESS(10.1.*) CLNTUSER(alice): this record applies"), //$NON-NLS-1$
                explanation.getText());
        assertTrue(tree.getSelection().length == 1 && tree.getSelection()[0].getText(0).contains("CLNTUSER('alice')"), //$NON-NLS-1$
                "the applying record is selected"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("runcheck"); //$NON-NLS-1$

        // Edit the applying record: a privileged MCAUSER is refused in the form, a low-privilege one taken
        Runnable edited = whileOpen("Edit Channel Authentication Record", dialog -> { //$NON-NLS-1$
            assertEquals("alice1", dialog.text("chlauth.record.mcauser")); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "chlauth.record.sslpeer", Text.class).isVisible(), //$NON-NLS-1$
                    "USERMAP's form has no SSLPEER"); //$NON-NLS-1$
            dialog.type("chlauth.record.mcauser", "mqm"); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> shown = findings(WorkbenchDriver.get(dialog.shell(), "chlauth.record.findings", Table.class)); //$NON-NLS-1$
            assertTrue(shown.stream().anyMatch(f -> f.contains("privileged user mqm")), shown.toString()); //$NON-NLS-1$
            assertFalse(WorkbenchDriver.button(dialog.shell(), "OK").isEnabled(), "OK with a privileged MCAUSER"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("edit-privileged-refused"); //$NON-NLS-1$
            dialog.type("chlauth.record.mcauser", "alice2"); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(WorkbenchDriver.button(dialog.shell(), "OK").isEnabled(), "OK with a low-privilege MCAUSER"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("edit-ok"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.edit", Button.class)); //$NON-NLS-1$
        edited.run();
        driver.waitUntil(() -> rows(tree).stream().anyMatch(r -> r.contains("MCAUSER('alice2')")), "the edited record"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(summary.getText().contains("pasted text, edited"), summary.getText()); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "chlauth.runcheck.run", Button.class)); //$NON-NLS-1$
        assertEquals("ALLOWED: runs as MCAUSER('alice2')", result.getText()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("edited-runcheck"); //$NON-NLS-1$

        // Export as MQSC through the save dialog; the script reads back to the same records
        Path exported = KeystoreFixtures.get().scratch("ui-chlauth").resolve("chlauth.mqsc"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.deleteIfExists(exported);
        Runnable saveClosed = driver.answerSaveDialog("Export CHLAUTH Records as MQSC", exported); //$NON-NLS-1$
        driver.click(WorkbenchDriver.get(area, "chlauth.export", Button.class)); //$NON-NLS-1$
        saveClosed.run();
        driver.waitForJobs(ChlauthJobs.WRITE);
        driver.waitUntil(() -> Files.exists(exported), "the exported MQSC"); //$NON-NLS-1$
        String script = Files.readString(exported);
        assertTrue(script.contains("SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') ADDRESS('10.1.*') USERSRC(MAP) MCAUSER('alice2')"), //$NON-NLS-1$
                script);
        ChlauthRecordSet back = ChlauthRecordSet.read(script);
        assertEquals(6, back.records().size(), script);
        assertEquals(ChlauthRecordSet.read(DUMP).records().stream().map(r -> r.mcaUser().equals("alice1") ? "alice2" : r.mcaUser()).toList(), //$NON-NLS-1$ //$NON-NLS-2$
                back.records().stream().map(r -> r.mcaUser()).toList());
        assertTrue(script.lines().allMatch(line -> line.endsWith("ACTION(REPLACE)")), script); //$NON-NLS-1$
    }

    @Test
    void startFromTheDefaultsAddARecordOfEachFormAndRemoveOne() {
        IViewPart view = driver.waitFor(() -> {
            try {
                return page.showView(ChlauthView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        }, "the view"); //$NON-NLS-1$
        assertNotNull(view);
        page.setPartState(page.findViewReference(ChlauthView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Composite area = driver.mainShell();
        driver.click(WorkbenchDriver.get(area, "chlauth.defaults", Button.class)); //$NON-NLS-1$
        Tree tree = WorkbenchDriver.get(area, "chlauth.records", Tree.class); //$NON-NLS-1$
        assertEquals(3, rows(tree).stream().filter(r -> r.contains("(IBM default)")).count(), rows(tree).toString()); //$NON-NLS-1$
        List<String> setFindings = findings(WorkbenchDriver.get(area, "chlauth.findings", Table.class)); //$NON-NLS-1$
        assertTrue(setFindings.stream().anyMatch(f -> f.contains("There is no back-stop")), setFindings.toString()); //$NON-NLS-1$

        // BLOCKADDR's form: the profile is '*' and fixed, ADDRLIST is the only criterion
        Runnable added = whileOpen("Add Channel Authentication Record", dialog -> { //$NON-NLS-1$
            dialog.select("chlauth.record.type", "BLOCKADDR"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("*", dialog.text("chlauth.record.profile")); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "chlauth.record.profile", Text.class).getEditable()); //$NON-NLS-1$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "chlauth.record.mcauser", Text.class).isVisible()); //$NON-NLS-1$
            assertFalse(WorkbenchDriver.button(dialog.shell(), "OK").isEnabled(), "no ADDRLIST yet"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.set("chlauth.record.addrlist", "192.0.2.1-8, 198.51.100.*"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("add-blockaddr"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.add", Button.class)); //$NON-NLS-1$
        added.run();
        assertTrue(rows(tree).contains("* (generic) / BLOCKADDR (1) / ADDRLIST('192.0.2.1-8','198.51.100.*') / WARN(NO) / "), //$NON-NLS-1$
                rows(tree).toString());

        // the back-stop, added in ADDRESSMAP's form, clears the set's warning
        Runnable backstop = whileOpen("Add Channel Authentication Record", dialog -> { //$NON-NLS-1$
            dialog.set("chlauth.record.profile", "*"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.set("chlauth.record.address", "*"); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.select("chlauth.record.usersrc", "NOACCESS"); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(WorkbenchDriver.get(dialog.shell(), "chlauth.record.mcauser", Text.class).isVisible(), //$NON-NLS-1$
                    "NOACCESS maps to no user"); //$NON-NLS-1$
            dialog.set("chlauth.record.descr", "Back-stop rule"); //$NON-NLS-1$ //$NON-NLS-2$
            driver.settle();
            driver.screenshot("add-backstop"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.add", Button.class)); //$NON-NLS-1$
        backstop.run();
        List<String> after = findings(WorkbenchDriver.get(area, "chlauth.findings", Table.class)); //$NON-NLS-1$
        assertFalse(after.stream().anyMatch(f -> f.contains("There is no back-stop")), after.toString()); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("defaults-and-added"); //$NON-NLS-1$

        // remove the BLOCKADDR record again, after confirming
        TreeItem blockaddr = java.util.Arrays.stream(tree.getItem(0).getItems()).filter(t -> t.getText().startsWith("BLOCKADDR")) //$NON-NLS-1$
                .findFirst().orElseThrow().getItem(0);
        assertTrue(blockaddr.getText(0).startsWith("ADDRLIST"), blockaddr.getText(0)); //$NON-NLS-1$
        tree.setSelection(blockaddr);
        tree.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
        Runnable confirmed = whileOpen("Remove Record", dialog -> { //$NON-NLS-1$
            driver.screenshot("remove-confirm"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        driver.click(WorkbenchDriver.get(area, "chlauth.remove", Button.class)); //$NON-NLS-1$
        confirmed.run();
        assertEquals(4, rows(tree).size(), rows(tree).toString());
        assertFalse(rows(tree).stream().anyMatch(r -> r.contains("BLOCKADDR")), rows(tree).toString()); //$NON-NLS-1$
    }
}
