package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.TokenJobs;

/**
 * Preferences > PKCS#11 Modules: the modules of the file mqsec reads, one removed and one added with
 * the Tokens view's dialog, written back to that file on Apply and Close, which mqsec's own reader
 * then reads.
 */
class ModulesPreferencesUiTest {

    private WorkbenchDriver driver;
    private Path file;

    @BeforeEach
    void setUp(TestInfo test) throws Exception {
        driver = new WorkbenchDriver(test);
        file = KeystoreFixtures.get().scratch("ui-modules").resolve("modules.json"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(file, Pkcs11Modules.write(List.of(new Pkcs11Module("Old", "/opt/old/libold.so", null), //$NON-NLS-1$ //$NON-NLS-2$
                new Pkcs11Module("Kept", "/usr/lib/softhsm/libsofthsm2.so", null)))); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty(Pkcs11Modules.FILE_PROPERTY, file.toString());
    }

    @AfterEach
    void tearDown() {
        try {
            driver.waitForJobs(TokenJobs.READ);
            driver.waitForJobs(TokenJobs.WRITE);
        } finally {
            System.clearProperty(Pkcs11Modules.FILE_PROPERTY);
            driver.close();
        }
    }

    @Test
    void modulesAreEditedInPreferencesAndWrittenToTheFileMqsecReads() throws Exception {
        Runnable edited = driver.whenOpen("Preferences (Filtered)", dialog -> { //$NON-NLS-1$
            Table table = WorkbenchDriver.get(dialog.shell(), "modules.table", Table.class); //$NON-NLS-1$
            driver.waitForJobs(TokenJobs.READ);
            driver.waitUntil(() -> table.getItemCount() == 2, "the modules of the file"); //$NON-NLS-1$
            assertEquals("Old", table.getItem(0).getText(0)); //$NON-NLS-1$
            table.setSelection(0);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            driver.click(WorkbenchDriver.get(dialog.shell(), "modules.remove", Button.class)); //$NON-NLS-1$
            assertEquals(1, table.getItemCount());
            driver.settle();
            driver.screenshot("modules-preferences"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "Apply and Close")); //$NON-NLS-1$
        });
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "org.mqsec.ui.preferences.modules", new String[] { "org.mqsec.ui.preferences.modules" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.open();
        edited.run();
        driver.waitForJobs(TokenJobs.WRITE);
        List<Pkcs11Module> written = Pkcs11Modules.read(file);
        assertEquals(1, written.size(), written.toString());
        assertEquals("Kept", written.get(0).name()); //$NON-NLS-1$
        assertTrue(Files.readString(file).contains("libsofthsm2.so")); //$NON-NLS-1$
    }
}
