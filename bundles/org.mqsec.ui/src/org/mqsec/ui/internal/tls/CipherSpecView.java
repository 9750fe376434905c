package org.mqsec.ui.internal.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecCompatibility;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * The CipherSpec catalogue: the chooser, and for the chosen CipherSpec what it means with a
 * certificate's key, against the other end's CipherSpec and on a platform.
 */
public final class CipherSpecView extends ViewPart {

    public static final String ID = "org.mqsec.ui.cipherSpecView"; //$NON-NLS-1$

    private CipherSpec chosen = CipherSpecs.recommended().get(0);
    private Combo key;
    private Combo otherEnd;
    private Combo platform;
    private FindingsList findings;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        CipherSpecChooser chooser = new CipherSpecChooser(parent, "ciphers"); //$NON-NLS-1$
        chooser.select(chosen.name());
        Group compatibility = new Group(parent, SWT.NONE);
        compatibility.setText(Messages.View_compatibility);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(compatibility);
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(compatibility);
        key = combo(compatibility, Messages.View_key, "ciphers.key", //$NON-NLS-1$
                Stream.of(CertificateKeyType.RSA, CertificateKeyType.EC).map(Enum::name).toArray(String[]::new));
        otherEnd = combo(compatibility, Messages.View_otherEnd, "ciphers.otherEnd", //$NON-NLS-1$
                CipherSpecs.all().stream().map(CipherSpec::name).toArray(String[]::new));
        otherEnd.setText(CipherSpecs.recommended().get(0).name());
        platform = combo(compatibility, Messages.View_platform, "ciphers.platform", //$NON-NLS-1$
                Stream.of(QueueManagerPlatform.values()).map(Enum::name).toArray(String[]::new));
        findings = new FindingsList(parent, "ciphers.findings"); //$NON-NLS-1$
        chooser.onChoice(spec -> {
            chosen = spec;
            update();
        });
        update();
    }

    private Combo combo(Composite parent, String label, String name, String[] items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = WidgetKeys.name(new Combo(parent, SWT.READ_ONLY), name);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> update());
        return combo;
    }

    /** The chosen CipherSpec on the platform, with the key, as the responding end against the other end's. */
    private void update() {
        List<Finding> shown = new ArrayList<>(CipherSpecCompatibility.of(chosen, QueueManagerPlatform.valueOf(platform.getText())));
        shown.addAll(CipherSpecCompatibility.withCertificate(chosen, CertificateKeyType.valueOf(key.getText()), Messages.View_theCertificate));
        CipherSpecs.find(otherEnd.getText()).ifPresent(other -> shown.addAll(CipherSpecCompatibility.between(other, chosen)));
        findings.show(shown);
    }

    @Override
    public void setFocus() {
        key.setFocus();
    }
}
