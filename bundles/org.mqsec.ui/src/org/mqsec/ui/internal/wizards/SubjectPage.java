package org.mqsec.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/** Label, subject DN and alternative names, checked against MQ's rules as they are typed. */
final class SubjectPage extends WizardPage {

    private final GenerateKeyController controller;
    private FindingsList findings;

    SubjectPage(GenerateKeyController controller) {
        super("subject"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Subject_title);
        setDescription(Messages.Subject_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GenerateKeyModel model = controller.model();
        text(body, Messages.Subject_label, "generate.alias", model.alias, value -> model.alias = value); //$NON-NLS-1$
        text(body, Messages.Subject_dn, "generate.dn", model.distinguishedName, value -> model.distinguishedName = value); //$NON-NLS-1$
        text(body, Messages.Subject_san, "generate.san", model.alternativeNames, value -> model.alternativeNames = value); //$NON-NLS-1$
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(Messages.Subject_hint);
        GridDataFactory.fillDefaults().span(2, 1).hint(560, SWT.DEFAULT).applyTo(hint);
        findings = new FindingsList(body, "generate.subject.findings"); //$NON-NLS-1$
        setControl(body);
        update();
    }

    private void text(Composite body, String label, String name, String initial,
            java.util.function.Consumer<String> setter) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER), name);
        text.setText(initial);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> {
            setter.accept(text.getText());
            update();
        });
    }

    private void update() {
        findings.show(controller.subjectFindings(), this);
    }
}
