package org.mqsec.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mqsec.ui.internal.WidgetKeys;

/** Self-signed, or signed by a CA whose key is in this repository (the local CA flow). */
final class SignerPage extends WizardPage {

    private final GenerateKeyController controller;

    SignerPage(GenerateKeyController controller) {
        super("signer"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Signer_title);
        setDescription(Messages.Signer_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        List<String> cas = controller.caAliases();
        Button selfSigned = WidgetKeys.name(new Button(body, SWT.RADIO), "generate.selfSigned"); //$NON-NLS-1$
        selfSigned.setText(Messages.Signer_selfSigned);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(selfSigned);
        Button signed = WidgetKeys.name(new Button(body, SWT.RADIO), "generate.signed"); //$NON-NLS-1$
        signed.setText(Messages.Signer_signedBy);
        Combo ca = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "generate.signer"); //$NON-NLS-1$
        ca.setItems(cas.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ca);
        Label none = new Label(body, SWT.WRAP);
        none.setText(cas.isEmpty() ? Messages.Signer_noCa : ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(none);
        signed.setEnabled(!cas.isEmpty());
        GenerateKeyModel model = controller.model();
        boolean useCa = model.signerAlias != null && cas.contains(model.signerAlias);
        selfSigned.setSelection(!useCa);
        signed.setSelection(useCa);
        ca.setEnabled(useCa);
        if (!cas.isEmpty()) {
            ca.select(useCa ? cas.indexOf(model.signerAlias) : 0);
        }
        Runnable apply = () -> {
            ca.setEnabled(signed.getSelection());
            model.signerAlias = signed.getSelection() && ca.getSelectionIndex() >= 0 ? ca.getItem(ca.getSelectionIndex()) : null;
        };
        selfSigned.addListener(SWT.Selection, e -> apply.run());
        signed.addListener(SWT.Selection, e -> apply.run());
        ca.addListener(SWT.Selection, e -> apply.run());
        setControl(body);
    }
}
