package org.mqsec.ui.internal.keystore;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.ui.internal.WidgetKeys;

/** What a local CA puts into the certificate it signs: usage, validity and signature hash. */
final class SignRequestDialog extends TitleAreaDialog {

    /** The choices made; null when cancelled. */
    record Choice(CertificateProfile usage, int days, SignatureHash hash) {
    }

    private static final CertificateProfile[] USAGES = { CertificateProfile.TLS_SERVER_AND_CLIENT,
            CertificateProfile.TLS_SERVER, CertificateProfile.TLS_CLIENT };

    private final String request;
    private Combo usage;
    private Spinner days;
    private Combo hash;
    private Choice choice;

    private SignRequestDialog(Shell parent, String request) {
        super(parent);
        this.request = request;
    }

    static Choice ask(Shell parent, String request) {
        SignRequestDialog dialog = new SignRequestDialog(parent, request);
        return dialog.open() == Window.OK ? dialog.choice : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Actions_signTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Actions_signTitle);
        setMessage(Messages.bind(Messages.Sign_message, request));
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Sign_usage);
        usage = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "sign.usage"); //$NON-NLS-1$
        usage.setItems(Messages.Sign_usageBoth, Messages.Sign_usageServer, Messages.Sign_usageClient);
        usage.select(0);
        new Label(body, SWT.NONE).setText(Messages.Sign_days);
        days = WidgetKeys.name(new Spinner(body, SWT.BORDER), "sign.days"); //$NON-NLS-1$
        days.setValues(365, 1, 36500, 0, 1, 30);
        new Label(body, SWT.NONE).setText(Messages.Sign_hash);
        hash = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "sign.hash"); //$NON-NLS-1$
        for (SignatureHash value : SignatureHash.values()) {
            hash.add(value.name());
        }
        hash.select(0);
        return area;
    }

    @Override
    protected void okPressed() {
        choice = new Choice(USAGES[usage.getSelectionIndex()], days.getSelection(),
                SignatureHash.values()[hash.getSelectionIndex()]);
        super.okPressed();
    }
}
