package org.mqsec.ui.internal.tokens;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.ui.internal.WidgetKeys;

/** A PKCS#11 module to add: a name and the library's absolute path (whether it loads is seen after). */
final class ModuleDialog extends TitleAreaDialog {

    private Text name;
    private Text library;
    private Pkcs11Module result;

    ModuleDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Module_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Module_title);
        setMessage(Messages.Module_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Module_name);
        name = WidgetKeys.name(new Text(body, SWT.BORDER), "tokens.module.name"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(name);
        new Label(body, SWT.NONE).setText(Messages.Module_library);
        library = WidgetKeys.name(new Text(body, SWT.BORDER), "tokens.module.library"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(library);
        name.addListener(SWT.Modify, e -> check());
        library.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true), "tokens.module.ok"); //$NON-NLS-1$
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private void check() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String path = library.getText().strip();
        String problem = name.getText().isBlank() ? Messages.Module_noName
                : !path.startsWith("/") ? Messages.Module_notAbsolute : null; //$NON-NLS-1$
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        result = new Pkcs11Module(name.getText(), library.getText(), ""); //$NON-NLS-1$
        super.okPressed();
    }

    Pkcs11Module result() {
        return result;
    }
}
