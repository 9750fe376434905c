package org.mqsec.ui.internal.tokens;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * A key pair to generate on a token: its label (which IBM MQ finds the certificate by), the key type
 * among those the product recommends, and optionally a subject to self-sign it on the token.
 */
final class GenerateKeyDialog extends TitleAreaDialog {

    /** What the user asked for. */
    record Request(String label, KeyAlgorithm key, String subject, int days) {
    }

    private static final List<KeyAlgorithm> KEYS = List.of(KeyAlgorithm.RSA_3072, KeyAlgorithm.RSA_4096, KeyAlgorithm.EC_P256,
            KeyAlgorithm.EC_P384);

    private final List<String> taken;
    private Text label;
    private Combo key;
    private Text subject;
    private Spinner days;
    private FindingsList findings;
    private Request result;

    GenerateKeyDialog(Shell parent, List<String> taken) {
        super(parent);
        this.taken = taken;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Generate_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Generate_title);
        setMessage(Messages.Generate_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Generate_label);
        label = WidgetKeys.name(new Text(body, SWT.BORDER), "tokens.genkey.label"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(label);
        new Label(body, SWT.NONE).setText(Messages.Generate_key);
        key = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "tokens.genkey.key"); //$NON-NLS-1$
        key.setItems(KEYS.stream().map(KeyAlgorithm::id).toArray(String[]::new));
        key.select(0);
        new Label(body, SWT.NONE).setText(Messages.Generate_subject);
        subject = WidgetKeys.name(new Text(body, SWT.BORDER), "tokens.genkey.subject"); //$NON-NLS-1$
        subject.setToolTipText(Messages.Generate_subjectTip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(subject);
        new Label(body, SWT.NONE).setText(Messages.Generate_days);
        days = WidgetKeys.name(new Spinner(body, SWT.BORDER), "tokens.genkey.days"); //$NON-NLS-1$
        days.setValues(365, 1, 3650, 0, 1, 30);
        findings = new FindingsList(body, "tokens.genkey.findings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 70).applyTo(findings.table());
        label.addListener(SWT.Modify, e -> check());
        subject.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, Messages.Generate_ok, true), "tokens.genkey.ok"); //$NON-NLS-1$
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private void check() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        List<Finding> shown = new java.util.ArrayList<>();
        String name = label.getText().strip();
        if (name.isEmpty()) {
            shown.add(Finding.error(Messages.Generate_noLabel, "")); //$NON-NLS-1$
        } else if (taken.contains(name)) {
            shown.add(Finding.error(Messages.bind(Messages.Generate_taken, name), Messages.Generate_takenFix));
        } else if (name.contains(";") || name.chars().anyMatch(Character::isISOControl)) { //$NON-NLS-1$
            shown.add(Finding.error(Messages.Generate_badLabel, "")); //$NON-NLS-1$
        }
        if (!subject.getText().isBlank()) {
            shown.addAll(DistinguishedName.parse(subject.getText()).subjectFindings());
        }
        findings.show(shown);
        getButton(IDialogConstants.OK_ID).setEnabled(!Finding.hasErrors(shown));
    }

    @Override
    protected void okPressed() {
        result = new Request(label.getText().strip(), KEYS.get(key.getSelectionIndex()), subject.getText().strip(), days.getSelection());
        super.okPressed();
    }

    Request result() {
        return result;
    }
}
