package org.mqsec.ui.internal.keystore;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mqsec.ui.internal.WidgetKeys;

/** Asks for a password (a key repository's, a queue manager user's); the text is read as char[] and the field cleared at once. */
public final class PasswordDialog extends TitleAreaDialog {

    /** What the dialog says: its title, the line under the heading, and the OK button. */
    public record Texts(String title, String message, String ok) {
    }

    private static final Texts KEY_REPOSITORY = new Texts(Messages.Password_title, Messages.Password_message, Messages.Password_open);

    private final String location;
    private final boolean retry;
    private final Texts texts;
    private Text password;
    private Button remember;
    private char[] result;
    private boolean rememberChosen;

    PasswordDialog(Shell parent, String location, boolean retry) {
        this(parent, location, retry, KEY_REPOSITORY);
    }

    /** @param location what the password is for, in the heading */
    public PasswordDialog(Shell parent, String location, boolean retry, Texts texts) {
        super(parent);
        this.location = location;
        this.retry = retry;
        this.texts = texts;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.bind(Messages.Password_heading, location));
        if (retry) {
            setErrorMessage(Messages.Password_wrong);
        } else {
            setMessage(texts.message());
        }
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Password_label);
        password = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE), "password.text"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(password);
        remember = WidgetKeys.name(new Button(body, SWT.CHECK), "password.remember"); //$NON-NLS-1$
        remember.setText(Messages.Password_remember);
        remember.setToolTipText(Messages.Password_rememberTooltip);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(remember);
        password.setFocus();
        return area;
    }

    @Override
    protected void okPressed() {
        result = password.getTextChars();
        password.setTextChars(new char[0]);
        rememberChosen = remember.getSelection();
        super.okPressed();
    }

    @Override
    protected void cancelPressed() {
        password.setTextChars(new char[0]);
        super.cancelPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, texts.ok(), true), "password.ok"); //$NON-NLS-1$
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The password typed, or null if cancelled; the caller clears it. */
    public char[] password() {
        return result;
    }

    public boolean rememberChosen() {
        return rememberChosen;
    }
}
