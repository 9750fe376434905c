package org.mqsec.ui.internal.qmgr;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.MqscScript;
import org.mqsec.core.plan.ObjectChange;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanFinding;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.qmgr.apply.ApplyReport;
import org.mqsec.qmgr.apply.PlanExecutor;
import org.mqsec.qmgr.apply.StepResult;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * Applies a plan to a queue manager the way an administrator would by hand, but checked: the plan's
 * findings and its MQSC first; then a dry run against the chosen queue manager (only inquiries are
 * sent) that shows what each step would change; then Apply, which sends the steps in order, stops at
 * the first refusal with its reason in words, reads the queue manager back and says whether it is as
 * planned. A plan with an error finding cannot be applied. The passwords asked for are kept only
 * while the dialog is open.
 */
public final class ApplyPlanDialog extends TitleAreaDialog {

    private final Plan plan;
    private final List<ConnectionProfile> profiles;
    private final String preferred;
    private final Consumer<ApplyReport> applied;
    private final List<PlanFinding> findings;
    private Combo profile;
    private Button compare;
    private Button apply;
    private Table changes;
    private Label status;
    private ConnectionSecrets secrets;
    private ConnectionProfile secretsFor;
    private PlanComparison compared;
    private boolean done;

    /**
     * Loads the connection profiles in a Job, then opens the dialog; says where to add one when there is none.
     *
     * @param preferred the profile to choose first (its name, or the queue manager's), or ""
     * @param applied   told on the UI thread when the plan was applied and the queue manager read back as planned
     */
    public static void open(Shell shell, Plan plan, String preferred, Consumer<ApplyReport> applied) {
        ProfilesFile.load(shell.getDisplay(), loaded -> {
            if (shell.isDisposed()) {
                return;
            }
            if (loaded.isEmpty()) {
                MessageDialog.openInformation(shell, Messages.Apply_title, Messages.bind(Messages.Apply_noProfiles, ProfilesFile.file()));
                return;
            }
            new ApplyPlanDialog(shell, plan, loaded, preferred, applied).open();
        }, problem -> MessageDialog.openError(shell, Messages.Apply_title, problem));
    }

    ApplyPlanDialog(Shell parent, Plan plan, List<ConnectionProfile> profiles, String preferred, Consumer<ApplyReport> applied) {
        super(parent);
        this.plan = plan;
        this.profiles = List.copyOf(profiles);
        this.preferred = preferred == null ? "" : preferred; //$NON-NLS-1$
        this.applied = applied;
        this.findings = plan.validate();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Apply_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.bind(Messages.Apply_heading, plan.steps().size(), plan.queueManager().isEmpty() ? "?" : plan.queueManager())); //$NON-NLS-1$
        if (Plan.hasErrors(findings)) {
            setErrorMessage(Messages.Apply_hasErrors);
        } else {
            setMessage(Messages.Apply_message);
        }
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);

        new Label(body, SWT.NONE).setText(Messages.Apply_profile);
        profile = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "apply.profile"); //$NON-NLS-1$
        profile.setItems(profiles.stream().map(p -> p.name() + " — " + p.describe()).toArray(String[]::new)); //$NON-NLS-1$
        profile.select(Math.max(0, preferredIndex()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(profile);
        profile.addListener(SWT.Selection, e -> {
            compared = null;
            showChanges(List.of());
            enableButtons();
        });
        compare = WidgetKeys.name(new Button(body, SWT.PUSH), "apply.compare"); //$NON-NLS-1$
        compare.setText(Messages.Apply_compare);
        compare.addListener(SWT.Selection, e -> dryRun());

        FindingsList list = new FindingsList(body, "apply.findings"); //$NON-NLS-1$
        list.show(findings.stream().map(ApplyPlanDialog::withStep).toList());
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 80).applyTo(list.table());

        Text mqsc = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL), "apply.mqsc"); //$NON-NLS-1$
        mqsc.setText(MqscScript.render(plan, plan.platform() == QueueManagerPlatform.ZOS ? MqscScript.Layout.ZOS : MqscScript.Layout.MULTIPLATFORMS));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(720, 150).applyTo(mqsc);

        changes = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.FULL_SELECTION), "apply.changes"); //$NON-NLS-1$
        changes.setHeaderVisible(true);
        new TableColumn(changes, SWT.NONE).setText(Messages.Apply_columnOutcome);
        new TableColumn(changes, SWT.NONE).setText(Messages.Apply_columnWhat);
        changes.getColumn(0).setWidth(110);
        changes.getColumn(1).setWidth(600);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(720, 150).applyTo(changes);

        status = WidgetKeys.name(new Label(body, SWT.WRAP), "apply.status"); //$NON-NLS-1$
        status.setText(Messages.Apply_notCompared);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(720, SWT.DEFAULT).applyTo(status);
        return area;
    }

    /** The profile named {@code preferred}; else the first for the plan's queue manager; -1 for none. */
    private int preferredIndex() {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(preferred)) {
                return i;
            }
        }
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).queueManager().equals(preferred) || profiles.get(i).queueManager().equals(plan.queueManager())) {
                return i;
            }
        }
        return -1;
    }

    private static Finding withStep(PlanFinding finding) {
        Finding f = finding.finding();
        return finding.step() == 0 ? f
                : new Finding(f.code(), f.severity(), f.field(), Messages.bind(Messages.Apply_stepFinding, finding.step(), f.message()), f.fix());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        apply = WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, Messages.Apply_apply, false), "apply.apply"); //$NON-NLS-1$
        WidgetKeys.name(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true), "apply.close"); //$NON-NLS-1$
        enableButtons();
    }

    private void enableButtons() {
        if (apply == null) {
            return;
        }
        apply.setEnabled(!done && compared != null && !compared.nothingToDo() && !Plan.hasErrors(findings));
        compare.setEnabled(!done);
        profile.setEnabled(!done);
    }

    private ConnectionProfile chosen() {
        return profiles.get(profile.getSelectionIndex());
    }

    /** The passwords for the chosen profile, asked once while the dialog is open; null if cancelled. */
    private ConnectionSecrets secrets() {
        ConnectionProfile chosen = chosen();
        if (secrets != null && secretsFor == chosen) {
            return secrets;
        }
        if (secrets != null) {
            secrets.clear();
        }
        secrets = ConnectionSecrets.ask(getShell(), chosen);
        secretsFor = secrets == null ? null : chosen;
        return secrets;
    }

    private void dryRun() {
        ConnectionProfile chosen = chosen();
        ConnectionSecrets given = secrets();
        if (given == null) {
            return;
        }
        compare.setEnabled(false);
        status.setText(Messages.bind(Messages.Apply_comparing, chosen.describe()));
        new QueueManagerWork<>(Messages.bind(Messages.Apply_compareJob, chosen.name()), QueueManagerJobs.READ, chosen, given,
                (target, monitor) -> PlanExecutor.dryRun(plan, target, chosen.timeout(), monitor)).runThen(getShell(), comparison -> {
                    if (status.isDisposed()) {
                        return;
                    }
                    compared = comparison;
                    showChanges(comparison.changes().stream().map(c -> new String[] { c.kind().name(), c.describe() }).toList());
                    status.setText(comparison.nothingToDo() ? Messages.Apply_nothingToDo
                            : Messages.bind(Messages.Apply_toDo, comparison.changes().stream().filter(c -> c.kind() != ObjectChange.Kind.UNCHANGED).count()));
                    enableButtons();
                }, this::failed);
    }

    @Override
    protected void okPressed() {
        ConnectionProfile chosen = chosen();
        ConnectionSecrets given = secrets();
        if (given == null) {
            return;
        }
        done = true;
        enableButtons();
        status.setText(Messages.bind(Messages.Apply_applying, chosen.describe()));
        new QueueManagerWork<>(Messages.bind(Messages.Apply_applyJob, chosen.name()), QueueManagerJobs.APPLY, chosen, given,
                (target, monitor) -> PlanExecutor.apply(plan, target, chosen.timeout(), monitor)).runThen(getShell(), report -> {
                    if (status.isDisposed()) {
                        return;
                    }
                    showChanges(report.results().stream().map(ApplyPlanDialog::row).toList());
                    if (report.notAsPlanned() == null) {
                        status.setText(Messages.bind(Messages.Apply_notReread, report.rereadProblem()));
                    } else if (report.succeeded()) {
                        status.setText(Messages.Apply_asPlanned);
                    } else {
                        status.setText(Messages.bind(Messages.Apply_notAsPlanned, report.notAsPlanned().stream().map(ObjectChange::describe)
                                .reduce((a, b) -> a + "; " + b).orElse(Messages.Apply_stepsFailed))); //$NON-NLS-1$
                    }
                    status.getParent().layout(true, true);
                    if (report.succeeded() && applied != null) {
                        applied.accept(report);
                    }
                }, this::failed);
    }

    private static String[] row(StepResult result) {
        String what = Messages.bind(Messages.Apply_stepFinding, result.number(), result.step().describe());
        return new String[] { result.outcome().name(), result.detail().isEmpty() ? what : what + " — " + result.detail().replace('\n', ' ') }; //$NON-NLS-1$
    }

    private void failed(QueueManagerException failure) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(failure.describe());
        status.getParent().layout(true, true);
        done = false;
        enableButtons();
    }

    private void showChanges(List<String[]> rows) {
        changes.removeAll();
        for (String[] row : rows) {
            new TableItem(changes, SWT.NONE).setText(row);
        }
    }

    @Override
    public boolean close() {
        if (secrets != null) {
            secrets.clear();
        }
        return super.close();
    }
}
