package org.mqsec.ui.internal.wizards;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.ui.internal.WidgetKeys;

/** Key type, signature hash, key usage and validity. */
final class KeyOptionsPage extends WizardPage {

    private final GenerateKeyController controller;

    KeyOptionsPage(GenerateKeyController controller) {
        super("key"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Key_title);
        setDescription(Messages.Key_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GenerateKeyModel model = controller.model();
        Combo key = combo(body, Messages.Key_algorithm, "generate.key", //$NON-NLS-1$
                Arrays.stream(KeyAlgorithm.values()).map(KeyOptionsPage::describe).toArray(String[]::new),
                model.keyAlgorithm.ordinal());
        Combo hash = combo(body, Messages.Key_hash, "generate.hash", //$NON-NLS-1$
                Arrays.stream(SignatureHash.values()).map(Enum::name).toArray(String[]::new), model.hash.ordinal());
        key.addListener(SWT.Selection, e -> {
            model.keyAlgorithm = KeyAlgorithm.values()[key.getSelectionIndex()];
            model.hash = model.keyAlgorithm.defaultHash();
            hash.select(model.hash.ordinal());
        });
        hash.addListener(SWT.Selection, e -> model.hash = SignatureHash.values()[hash.getSelectionIndex()]);
        if (model.usage != CertificateProfile.CA) {
            CertificateProfile[] usages = { CertificateProfile.TLS_SERVER_AND_CLIENT, CertificateProfile.TLS_SERVER,
                    CertificateProfile.TLS_CLIENT };
            Combo usage = combo(body, Messages.Key_usage, "generate.usage", //$NON-NLS-1$
                    new String[] { Messages.Key_usageBoth, Messages.Key_usageServer, Messages.Key_usageClient },
                    Arrays.asList(usages).indexOf(model.usage));
            usage.addListener(SWT.Selection, e -> model.usage = usages[usage.getSelectionIndex()]);
        }
        new Label(body, SWT.NONE).setText(Messages.Key_days);
        Spinner days = WidgetKeys.name(new Spinner(body, SWT.BORDER), "generate.days"); //$NON-NLS-1$
        days.setValues(model.validityDays, 1, 36500, 0, 1, 30);
        days.addModifyListener(e -> model.validityDays = days.getSelection());
        setControl(body);
    }

    private static String describe(KeyAlgorithm algorithm) {
        String text = (algorithm.isEc() ? "EC P-" : "RSA ") + algorithm.size(); //$NON-NLS-1$ //$NON-NLS-2$
        if (algorithm == KeyAlgorithm.RSA_3072) {
            return text + Messages.Key_recommended;
        }
        return algorithm.isWeak() ? text + Messages.Key_weak : text;
    }

    private static Combo combo(Composite body, String label, String name, String[] items, int selected) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), name);
        combo.setItems(items);
        combo.select(selected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }
}
