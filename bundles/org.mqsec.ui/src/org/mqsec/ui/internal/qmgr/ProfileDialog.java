package org.mqsec.ui.internal.qmgr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * Adds or edits a connection profile, checked as it is typed (connection names, MQ's name rules, the
 * CipherSpec, no TLS); OK only when nothing is an error and the name is not another profile's. No
 * password is asked here: those are asked when connecting.
 */
final class ProfileDialog extends TitleAreaDialog {

    static final String DUPLICATE = "PROFILE_DUPLICATE_NAME"; //$NON-NLS-1$

    private final ConnectionProfile original;
    private final Set<String> otherNames;
    private Text name;
    private Text connections;
    private Text channel;
    private Text queueManager;
    private Combo cipherSpec;
    private Text keyStore;
    private Text trustStore;
    private Text userId;
    private Text modelQueue;
    private Spinner timeout;
    private FindingsList findings;
    private ConnectionProfile result;

    /** @param original the profile to edit, null for a new one */
    ProfileDialog(Shell parent, ConnectionProfile original, Set<String> otherNames) {
        super(parent);
        this.original = original;
        this.otherNames = otherNames;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(original == null ? Messages.Profile_addTitle : Messages.Profile_editTitle);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(original == null ? Messages.Profile_addTitle : Messages.bind(Messages.Profile_editHeading, original.name()));
        setMessage(Messages.Profile_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        ConnectionProfile shown = original != null ? original
                : new ConnectionProfile("", List.of(), "SYSTEM.ADMIN.SVRCONN", "", "ANY_TLS12_OR_HIGHER", "", "", "", "", 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        name = text(body, Messages.Profile_name, "profile.name", shown.name(), Messages.Profile_nameTip); //$NON-NLS-1$
        connections = text(body, Messages.Profile_connections, "profile.connections", String.join(", ", shown.connections()), //$NON-NLS-1$ //$NON-NLS-2$
                Messages.Profile_connectionsTip);
        channel = text(body, Messages.Profile_channel, "profile.channel", shown.channel(), Messages.Profile_channelTip); //$NON-NLS-1$
        queueManager = text(body, Messages.Profile_queueManager, "profile.qmgr", shown.queueManager(), Messages.Profile_queueManagerTip); //$NON-NLS-1$
        new Label(body, SWT.NONE).setText(Messages.Profile_cipherSpec);
        cipherSpec = WidgetKeys.name(new Combo(body, SWT.DROP_DOWN), "profile.cipher"); //$NON-NLS-1$
        List<String> names = new ArrayList<>(List.of("")); //$NON-NLS-1$
        CipherSpecs.all().stream().filter(spec -> !spec.deprecated() && !spec.javaCipherSuite().isEmpty()).map(CipherSpec::name).forEach(names::add);
        cipherSpec.setItems(names.toArray(String[]::new));
        cipherSpec.setText(shown.cipherSpec());
        cipherSpec.setToolTipText(Messages.Profile_cipherSpecTip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cipherSpec);
        cipherSpec.addListener(SWT.Modify, e -> check());
        keyStore = text(body, Messages.Profile_keyStore, "profile.keystore", shown.keyStore(), Messages.Profile_keyStoreTip); //$NON-NLS-1$
        trustStore = text(body, Messages.Profile_trustStore, "profile.truststore", shown.trustStore(), Messages.Profile_trustStoreTip); //$NON-NLS-1$
        userId = text(body, Messages.Profile_userId, "profile.user", shown.userId(), Messages.Profile_userIdTip); //$NON-NLS-1$
        modelQueue = text(body, Messages.Profile_modelQueue, "profile.model", shown.modelQueue(), Messages.Profile_modelQueueTip); //$NON-NLS-1$
        new Label(body, SWT.NONE).setText(Messages.Profile_timeout);
        timeout = WidgetKeys.name(new Spinner(body, SWT.BORDER), "profile.timeout"); //$NON-NLS-1$
        timeout.setValues(shown.timeoutSeconds() <= 0 ? ConnectionProfile.DEFAULT_TIMEOUT_SECONDS : shown.timeoutSeconds(), 1,
                ConnectionProfile.MAXIMUM_TIMEOUT_SECONDS, 0, 1, 10);
        findings = new FindingsList(body, "profile.findings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 90).applyTo(findings.table());
        return area;
    }

    private Text text(Composite body, String label, String key, String value, String tip) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.SINGLE), key);
        text.setText(value);
        text.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true), "profile.ok"); //$NON-NLS-1$
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    private ConnectionProfile profile() {
        List<String> names = Arrays.stream(connections.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
        return new ConnectionProfile(name.getText(), names, channel.getText(), queueManager.getText(), cipherSpec.getText(),
                keyStore.getText(), trustStore.getText(), userId.getText(), modelQueue.getText(), timeout.getSelection());
    }

    private void check() {
        if (findings == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        ConnectionProfile profile = profile();
        List<Finding> shown = new ArrayList<>(profile.check());
        if (otherNames.contains(profile.name())) {
            shown.add(0, Finding.error(DUPLICATE, "name", Messages.bind(Messages.Profile_duplicate, profile.name()), //$NON-NLS-1$
                    Messages.Profile_duplicateFix));
        }
        findings.show(shown);
        boolean errors = Finding.hasErrors(shown);
        getButton(IDialogConstants.OK_ID).setEnabled(!errors);
        if (errors) {
            setErrorMessage(shown.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().get().message());
        } else {
            setErrorMessage(null);
        }
    }

    @Override
    protected void okPressed() {
        result = profile();
        super.okPressed();
    }

    /** The profile as entered; null if cancelled. */
    ConnectionProfile result() {
        return result;
    }
}
