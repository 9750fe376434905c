package org.mqsec.ui.internal.ams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.crypto.ams.AmsMessageInspector;
import org.mqsec.crypto.ams.AmsMessageInspector.Inspection;
import org.mqsec.crypto.ams.AmsPairCheck;
import org.mqsec.crypto.ams.AmsSides;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.ui.AmsJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.qmgr.ProfileChooser;
import org.mqsec.ui.internal.ams.CertificateSources.Candidate;

/**
 * A message from SYSTEM.PROTECTION.ERROR.QUEUE, read from a file (with its MQDLH or without):
 * what its headers and CMS structures say (protection, policy, signer and signing time, recipients
 * by issuer and serial, matched to the certificates open in the workbench, algorithms); and, given
 * the getter's policy and keystore.conf, the getter's checks replayed on it to name the rule that
 * failed. All reading and decrypting runs in Jobs.
 */
final class InspectMessageDialog extends ToolDialog {

    private final IWorkbenchPage page;
    private final List<AmsPolicy> policies;
    private Text file;
    private Table browsed;
    private Text details;
    private Table recipients;
    private Combo policy;
    private Combo client;
    private Text conf;
    private Button replay;
    private Label verdict;
    private Text reason;
    private byte[] message;

    InspectMessageDialog(Shell parent, IWorkbenchPage page, List<AmsPolicy> policies) {
        super(parent, Messages.Inspect_title);
        this.page = page;
        this.policies = policies;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Inspect_title);
        setMessage(Messages.Inspect_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Inspect_file);
        file = WidgetKeys.name(new Text(body, SWT.BORDER), "ams.inspect.file"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
        WidgetKeys.pushButton(body, "ams.inspect.browse", Messages.Check_browse, () -> { //$NON-NLS-1$
            Path chosen = FileChoosers.chooseOne(getShell(), FileChoosers.Request.open(Messages.Inspect_title, "*.bin;*.msg", "*")); //$NON-NLS-1$ //$NON-NLS-2$
            if (chosen != null) {
                file.setText(chosen.toString());
            }
        });
        WidgetKeys.pushButton(body, "ams.inspect.run", Messages.Inspect_run, this::inspect); //$NON-NLS-1$
        WidgetKeys.pushButton(body, "ams.inspect.browseQueue", Messages.Inspect_browseQueue, this::browseQueue); //$NON-NLS-1$
        browsed = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "ams.inspect.messages"); //$NON-NLS-1$
        browsed.setHeaderVisible(true);
        String[] messageHeaders = { "#", Messages.Inspect_reason, Messages.Inspect_destination, Messages.Inspect_protectionColumn, //$NON-NLS-1$
                Messages.Inspect_policy, Messages.Inspect_size };
        int[] messageWidths = { 40, 110, 200, 130, 200, 80 };
        for (int i = 0; i < messageHeaders.length; i++) {
            TableColumn column = new TableColumn(browsed, SWT.LEFT);
            column.setText(messageHeaders[i]);
            column.setWidth(messageWidths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(760, 70).applyTo(browsed);
        browsed.addListener(SWT.Selection, e -> {
            if (browsed.getSelectionCount() == 1 && browsed.getSelection()[0].getData() instanceof Browsed chosen) {
                message = chosen.bytes();
                if (chosen.inspection() != null) {
                    setErrorMessage(null);
                    show(chosen.inspection());
                } else {
                    setErrorMessage(chosen.problem());
                }
            }
        });
        details = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), "ams.inspect.details"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(760, 110).applyTo(details);
        recipients = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.FULL_SELECTION), "ams.inspect.recipients"); //$NON-NLS-1$
        recipients.setHeaderVisible(true);
        String[] headers = { Messages.Inspect_issuer, Messages.Inspect_serial, Messages.Inspect_matched };
        int[] widths = { 260, 160, 340 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(recipients, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(760, 70).applyTo(recipients);

        Group getter = new Group(body, SWT.NONE);
        getter.setText(Messages.Inspect_replayGroup);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(getter);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(getter);
        new Label(getter, SWT.NONE).setText(Messages.Check_policy);
        policy = WidgetKeys.name(new Combo(getter, SWT.READ_ONLY), "ams.inspect.policy"); //$NON-NLS-1$
        policy.setItems(policies.stream().map(p -> p.name() + " (" + p.protection() + ')').toArray(String[]::new)); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(policy);
        new Label(getter, SWT.NONE).setText(Messages.Check_client);
        client = WidgetKeys.name(new Combo(getter, SWT.READ_ONLY), "ams.inspect.client"); //$NON-NLS-1$
        client.setItems(Messages.Check_clientJava, Messages.Check_clientC);
        client.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(client);
        new Label(getter, SWT.NONE).setText(Messages.Check_conf);
        conf = WidgetKeys.name(new Text(getter, SWT.BORDER), "ams.inspect.conf"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(conf);
        WidgetKeys.pushButton(getter, "ams.inspect.confBrowse", Messages.Check_browse, () -> { //$NON-NLS-1$
            Path chosen = FileChoosers.chooseOne(getShell(), FileChoosers.Request.open(Messages.Inspect_replayGroup, "*.conf", "*")); //$NON-NLS-1$ //$NON-NLS-2$
            if (chosen != null) {
                conf.setText(chosen.toString());
            }
        });
        replay = WidgetKeys.pushButton(getter, "ams.inspect.replay", Messages.Inspect_replay, this::replay); //$NON-NLS-1$
        replay.setEnabled(false);
        verdict = WidgetKeys.name(new Label(getter, SWT.WRAP), "ams.inspect.verdict"); //$NON-NLS-1$
        verdict.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(verdict);
        reason = WidgetKeys.name(new Text(getter, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), "ams.inspect.reason"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(760, 60).applyTo(reason);
        return area;
    }

    /** Reads and decodes the file in a Job; the headers and CMS structures are shown when it ends. */
    private void inspect() {
        Path path = Path.of(file.getText().strip());
        setErrorMessage(null);
        KeyRepositoryWork<Object[]> work = new KeyRepositoryWork<>(Messages.Inspect_job, AmsJobs.READ, monitor -> {
            try {
                byte[] bytes = Files.readAllBytes(path);
                return new Object[] { bytes, AmsMessageInspector.inspect(bytes) };
            } catch (IOException e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT, Messages.bind(Messages.Inspect_failed, path, e.getMessage()),
                        Messages.Inspect_fix, e);
            }
        });
        work.runThen(getShell().getDisplay(), read -> {
            if (details.isDisposed()) {
                return;
            }
            message = (byte[]) read[0];
            show((Inspection) read[1]);
        }, failure -> {
            if (!details.isDisposed()) {
                message = null;
                details.setText(""); //$NON-NLS-1$
                recipients.removeAll();
                replay.setEnabled(false);
                setErrorMessage(KeyRepositoryWork.inWords(failure));
            }
        });
    }

    /** The name IBM's getter puts refused messages on. */
    static final String ERROR_QUEUE = "SYSTEM.PROTECTION.ERROR.QUEUE"; //$NON-NLS-1$

    /** At most this many messages are browsed at once. */
    private static final int BROWSE_LIMIT = 500;

    /** A browsed message: its bytes, and what they say (or why they cannot be read). */
    private record Browsed(byte[] bytes, Inspection inspection, String problem) {
    }

    /**
     * Browses the error queue of a queue manager chosen by its connection profile (nothing is
     * removed) and decodes each message, in a Job; they are listed for one to be chosen.
     */
    private void browseQueue() {
        ProfileChooser.chooseAndRun(getShell(), Messages.Inspect_browseTitle, Messages.Inspect_browseJob, (profile, target, monitor) -> {
            List<Browsed> read = new java.util.ArrayList<>();
            for (byte[] bytes : target.browse(ERROR_QUEUE, BROWSE_LIMIT)) {
                try {
                    read.add(new Browsed(bytes, AmsMessageInspector.inspect(bytes), null));
                } catch (IOException e) {
                    read.add(new Browsed(bytes, null, e.getMessage()));
                }
            }
            return read;
        }, (profile, read) -> {
            if (browsed.isDisposed()) {
                return;
            }
            browsed.removeAll();
            for (int i = 0; i < read.size(); i++) {
                Browsed each = read.get(i);
                Inspection seen = each.inspection();
                TableItem item = new TableItem(browsed, SWT.NONE);
                item.setText(seen == null
                        ? new String[] { Integer.toString(i + 1), "", "", Messages.Inspect_unreadable, "", Integer.toString(each.bytes().length) } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        : new String[] { Integer.toString(i + 1), seen.deadLetterReason() == 0 ? "" : Integer.toString(seen.deadLetterReason()), //$NON-NLS-1$
                                seen.destination(), seen.protection().name(), seen.policyName(), Integer.toString(each.bytes().length) });
                item.setData(each);
            }
            setMessage(Messages.bind(Messages.Inspect_browsed, new Object[] { read.size(), ERROR_QUEUE, profile.name() }));
        });
    }

    private void show(Inspection inspection) {
        StringBuilder text = new StringBuilder();
        if (inspection.deadLetterReason() != 0) {
            text.append(Messages.bind(Messages.Inspect_deadLetter, inspection.deadLetterReason(), inspection.destination())).append('\n');
        }
        text.append(Messages.bind(Messages.Inspect_protection, new Object[] { inspection.protection(), inspection.policyName(),
                inspection.originalFormat(), inspection.originalSize() })).append('\n');
        if (inspection.signer() != null) {
            text.append(Messages.bind(Messages.Inspect_signer, new Object[] { CertificateNames.amsPolicyDn(inspection.signer().getSubjectX500Principal()),
                    inspection.digestAlgorithm(), inspection.signingTime() })).append('\n');
        } else if (!inspection.recipients().isEmpty() && inspection.protection() == AmsPolicy.Protection.PRIVACY) {
            text.append(Messages.Inspect_signerHidden).append('\n');
        }
        if (!inspection.encryptionAlgorithm().isEmpty()) {
            text.append(Messages.bind(Messages.Inspect_encryption, inspection.encryptionAlgorithm())).append('\n');
            if (inspection.keyReuse()) {
                text.append(Messages.Inspect_keyReuse).append('\n');
            }
        }
        details.setText(text.toString().strip());
        recipients.removeAll();
        List<Candidate> open = CertificateSources.open(page);
        for (AmsPairCheck.Recipient recipient : inspection.recipients()) {
            String matched = open.stream()
                    .filter(c -> c.certificate().getIssuerX500Principal().equals(recipient.issuer())
                            && c.certificate().getSerialNumber().equals(recipient.serial()))
                    .map(c -> c.dn() + " (" + c.where() + ", " + c.label() + ')').findFirst().orElse(Messages.Inspect_notOpen); //$NON-NLS-1$ //$NON-NLS-2$
            new TableItem(recipients, SWT.NONE).setText(new String[] { recipient.issuer().getName(), recipient.serial().toString(16), matched });
        }
        int named = policies.stream().map(AmsPolicy::name).toList().indexOf(inspection.policyName());
        if (named >= 0) {
            policy.select(named);
        } else if (policy.getSelectionIndex() < 0 && !policies.isEmpty()) {
            policy.select(0);
        }
        replay.setEnabled(!policies.isEmpty());
        if (policies.isEmpty()) {
            verdict.setText(Messages.Inspect_noPolicy);
        }
        details.getParent().layout(true, true);
    }

    /** Opens the getter's keystore and replays its checks on the message, in a Job. */
    private void replay() {
        String path = conf.getText().strip();
        if (path.isEmpty() || message == null || policy.getSelectionIndex() < 0) {
            setErrorMessage(Messages.Check_noConf);
            return;
        }
        setErrorMessage(null);
        AmsPolicy getterPolicy = policies.get(policy.getSelectionIndex());
        AmsKeystoreConf.Client type = client.getSelectionIndex() == 1 ? AmsKeystoreConf.Client.C : AmsKeystoreConf.Client.JAVA;
        byte[] bytes = message;
        verdict.setText(Messages.Check_running);
        KeyRepositoryWork<AmsPairCheck.Verdict> work = new KeyRepositoryWork<>(Messages.Inspect_replayJob, AmsJobs.CHECK, monitor -> {
            AmsSides.Opened getter = AmsSides.open(getterPolicy, type, Path.of(path), monitor);
            try {
                return AmsMessageInspector.replay(bytes, getter, new Date());
            } catch (IOException e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT, e.getMessage(), Messages.Inspect_fix, e);
            }
        });
        disableWhileRunning(work, replay);
        work.runThen(getShell().getDisplay(), result -> {
            if (!verdict.isDisposed()) {
                verdict.setText(result.code().isEmpty() ? result.outcome().name() : result.outcome().name() + " (" + result.code() + ')'); //$NON-NLS-1$
                reason.setText(result.reason());
                verdict.getParent().layout(true, true);
            }
        }, failure -> {
            if (!verdict.isDisposed()) {
                verdict.setText(Messages.Check_notRun);
                setErrorMessage(failure.getMessage());
                reason.setText(failure.advice());
            }
        });
    }
}
