package org.mqsec.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/** The new repository's password, typed twice; read as char[] only. */
final class RepositoryPasswordPage extends WizardPage {

    private final NewKeyRepositoryController controller;
    private FindingsList findings;

    RepositoryPasswordPage(NewKeyRepositoryController controller) {
        super("password"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Password_title);
        setDescription(Messages.Password_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        NewKeyRepositoryModel model = controller.model();
        Text password = field(body, Messages.Password_password, "new.password"); //$NON-NLS-1$
        Text confirmation = field(body, Messages.Password_confirm, "new.confirmation"); //$NON-NLS-1$
        password.addModifyListener(e -> {
            java.util.Arrays.fill(model.password, '\0');
            model.password = password.getTextChars();
            update();
        });
        confirmation.addModifyListener(e -> {
            java.util.Arrays.fill(model.confirmation, '\0');
            model.confirmation = confirmation.getTextChars();
            update();
        });
        Button remember = WidgetKeys.name(new Button(body, SWT.CHECK), "new.remember"); //$NON-NLS-1$
        remember.setText(Messages.Password_remember);
        remember.addListener(SWT.Selection, e -> model.remember = remember.getSelection());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
        findings = new FindingsList(body, "new.password.findings"); //$NON-NLS-1$
        setControl(body);
    }

    private static Text field(Composite body, String label, String name) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.PASSWORD), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void update() {
        findings.show(controller.passwordFindings(), this);
    }
}
