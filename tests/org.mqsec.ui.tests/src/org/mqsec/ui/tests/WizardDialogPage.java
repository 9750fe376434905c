package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A wizard dialog as a test drives it: fields by name, Next and Finish, a screenshot per page. */
final class WizardDialogPage {

    private final WorkbenchDriver driver;
    private final Shell shell;

    WizardDialogPage(WorkbenchDriver driver, String title) {
        this.driver = driver;
        this.shell = driver.waitFor(() -> driver.shell(title), "the wizard " + title); //$NON-NLS-1$
        // key strokes typed before the X server gives the dialog the keyboard would go elsewhere
        boolean[] active = { false };
        driver.whenActive(shell, () -> active[0] = true);
        driver.waitUntil(() -> active[0], "the dialog " + title + " to be active"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    Shell shell() {
        return shell;
    }

    /** Types into a text field with real key strokes. */
    void type(String name, String value) {
        Text text = WorkbenchDriver.get(shell, name, Text.class);
        text.forceFocus();
        text.selectAll();
        driver.type(value);
        driver.waitUntil(() -> text.getText().equals(value), name + " to read '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Sets a long field at once (typing a long path adds nothing the typed fields do not show). */
    void set(String name, String value) {
        WorkbenchDriver.get(shell, name, Text.class).setText(value);
        driver.flush();
    }

    void select(String comboName, String item) {
        Combo combo = WorkbenchDriver.get(shell, comboName, Combo.class);
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        driver.flush();
    }

    void choose(String radioName, String otherRadioName) {
        WorkbenchDriver.get(shell, otherRadioName, Button.class).setSelection(false);
        Button radio = WorkbenchDriver.get(shell, radioName, Button.class);
        radio.setSelection(true);
        driver.click(radio);
    }

    /** Ticks or clears a check box, as a click would. */
    void tick(String checkName, boolean on) {
        Button check = WorkbenchDriver.get(shell, checkName, Button.class);
        check.setSelection(on);
        driver.click(check);
    }

    /** Presses a push button named {@code name}. */
    void press(String buttonName) {
        driver.click(WorkbenchDriver.get(shell, buttonName, Button.class));
    }

    String text(String name) {
        return WorkbenchDriver.get(shell, name, Text.class).getText();
    }

    String label(String name) {
        return WorkbenchDriver.get(shell, name, org.eclipse.swt.widgets.Label.class).getText();
    }

    boolean canGoOn() {
        return WorkbenchDriver.button(shell, "Next >").isEnabled() || WorkbenchDriver.button(shell, "Finish").isEnabled(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void next(String screenshot) {
        driver.screenshot(screenshot);
        Button next = WorkbenchDriver.button(shell, "Next >"); //$NON-NLS-1$
        assertTrue(next.isEnabled(), "Next is enabled on " + screenshot); //$NON-NLS-1$
        driver.click(next);
    }

    void finish(String screenshot) {
        driver.screenshot(screenshot);
        Button finish = WorkbenchDriver.button(shell, "Finish"); //$NON-NLS-1$
        assertTrue(finish.isEnabled(), "Finish is enabled on " + screenshot); //$NON-NLS-1$
        driver.click(finish);
        driver.waitUntil(shell::isDisposed, "the wizard to close"); //$NON-NLS-1$
    }
}
