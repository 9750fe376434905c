package org.mqsec.ui.internal.keystore;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * A new password typed twice; OK only when both match and are not empty, with the warning every new
 * repository password gets when it is short. Returns char[] only.
 */
public final class NewPasswordDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private Text first;
    private Text second;
    private char[] result;

    private NewPasswordDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = title;
        this.message = message;
    }

    /** The new password, or null if cancelled; the caller clears it. */
    public static char[] ask(Shell parent, String title, String message) {
        NewPasswordDialog dialog = new NewPasswordDialog(parent, title, message);
        return dialog.open() == Window.OK ? dialog.result : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.NewPassword_password);
        first = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.PASSWORD), "newPassword.first"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(first);
        new Label(body, SWT.NONE).setText(Messages.NewPassword_confirm);
        second = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.PASSWORD), "newPassword.second"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
        first.addModifyListener(e -> check());
        second.addModifyListener(e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void check() {
        char[] a = first.getTextChars();
        char[] b = second.getTextChars();
        try {
            boolean ok = a.length > 0 && Arrays.equals(a, b);
            setErrorMessage(a.length > 0 && b.length > 0 && !ok ? Messages.NewPassword_differ : null);
            // the rule every new key repository password gets (wizard, mqsec): short ones are warned about
            List<Finding> findings = a.length == 0 ? List.of() : CreateKeyRepositoryOperation.passwordFindings(a);
            if (findings.isEmpty()) {
                setMessage(message);
            } else {
                setMessage(findings.get(0).message() + ' ' + findings.get(0).fix(), IMessageProvider.WARNING);
            }
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        } finally {
            Arrays.fill(a, '\0');
            Arrays.fill(b, '\0');
        }
    }

    @Override
    protected void okPressed() {
        result = first.getTextChars();
        first.setTextChars(new char[0]);
        second.setTextChars(new char[0]);
        super.okPressed();
    }
}
