package org.mqsec.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers the key repository password dialog as a user would: types into the password field and
 * presses Open. The dialog opens inside the loading Job's syncExec, so the answers are given from
 * timer callbacks that run inside the dialog's own event loop.
 */
final class PasswordDialogPage {

    static final String TITLE = "Key Repository Password"; //$NON-NLS-1$

    private final WorkbenchDriver driver;
    private final List<String> answers;
    private final boolean rememberLast;
    private final boolean refusing;
    /** The error message each dialog showed when it appeared (null for a first prompt). */
    final List<String> errorMessages = new ArrayList<>();
    private int answered;
    private Shell current;
    private boolean stopped;

    private PasswordDialogPage(WorkbenchDriver driver, List<String> answers, boolean rememberLast, boolean refusing) {
        this.driver = driver;
        this.answers = answers;
        this.rememberLast = rememberLast;
        this.refusing = refusing;
    }

    /** Answers the next dialogs with these passwords in turn; ticks "remember" on the last. */
    static PasswordDialogPage answer(WorkbenchDriver driver, boolean rememberLast, String... passwords) {
        PasswordDialogPage page = new PasswordDialogPage(driver, List.of(passwords), rememberLast, false);
        page.poll();
        return page;
    }

    /**
     * Cancels every password dialog that appears, counting them: for places where no password should
     * be asked. Cancelling (rather than answering) lets the editor end in its error page, so the test
     * fails on its assertion instead of waiting inside a dialog.
     */
    static PasswordDialogPage refuse(WorkbenchDriver driver) {
        PasswordDialogPage page = new PasswordDialogPage(driver, List.of(), false, true);
        page.poll();
        return page;
    }

    int answered() {
        return answered;
    }

    void stop() {
        stopped = true;
    }

    private void poll() {
        if (stopped || (!refusing && answered >= answers.size())) {
            return;
        }
        Shell shell = driver.shell(TITLE);
        if (refusing && shell != null && shell != current) {
            current = shell;
            answered++;
            driver.click(WorkbenchDriver.button(shell, "Cancel")); //$NON-NLS-1$
        } else if (!refusing && shell != null && shell != current) {
            current = shell;
            type(shell);
        }
        driver.display().timerExec(100, this::poll);
    }

    private void type(Shell shell) {
        errorMessages.add(((TitleAreaDialog) shell.getData()).getErrorMessage());
        Text field = WorkbenchDriver.get(shell, "password.text", Text.class); //$NON-NLS-1$
        String password = answers.get(answered);
        boolean last = answered == answers.size() - 1;
        driver.whenActive(shell, () -> driver.typeInto(List.of(field), new String[] { password }, 0, () -> finish(shell, last)));
    }

    /** Once the typed keys arrived: ticks Remember if asked, then presses Open. */
    private void finish(Shell shell, boolean last) {
        if (last && rememberLast) {
            Button remember = WorkbenchDriver.get(shell, "password.remember", Button.class); //$NON-NLS-1$
            remember.setSelection(true);
        }
        driver.screenshot("password-dialog-" + (answered + 1)); //$NON-NLS-1$
        answered++;
        driver.click(WorkbenchDriver.get(shell, "password.ok", Button.class)); //$NON-NLS-1$
    }
}
