package org.mqsec.ui.internal.qmgr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateText;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * The queue managers this workbench administers: connection profiles (shared with mqsec, no
 * passwords in them; those are asked for when connecting and kept only in secure storage), a
 * connection test that says who answered or why not in words, and each queue manager's security
 * state read over PCF.
 */
public final class QueueManagersView extends ViewPart {

    public static final String ID = "org.mqsec.ui.queueManagersView"; //$NON-NLS-1$

    private final List<ConnectionProfile> profiles = new ArrayList<>();
    /** The last test's outcome per profile name, for the Status column. */
    private final Map<String, String> status = new HashMap<>();
    private Label summary;
    private TableViewer table;
    private Text details;
    private Button edit;
    private Button remove;
    private Button test;
    private Button read;

    /** Opens the dialog for a new connection profile (the welcome's "Add a Queue Manager"). */
    public void addProfile() {
        editProfile(null);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "qmgr.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "qmgr.add", Messages.View_add, () -> editProfile(null)); //$NON-NLS-1$
        edit = WidgetKeys.pushButton(buttons, "qmgr.edit", Messages.View_edit, () -> editProfile(selected())); //$NON-NLS-1$
        remove = WidgetKeys.pushButton(buttons, "qmgr.remove", Messages.View_remove, this::removeProfile); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "qmgr.importCcdt", Messages.View_importCcdt, this::importCcdt); //$NON-NLS-1$
        test = WidgetKeys.pushButton(buttons, "qmgr.test", Messages.View_test, this::testConnection); //$NON-NLS-1$
        read = WidgetKeys.pushButton(buttons, "qmgr.read", Messages.View_read, this::readState); //$NON-NLS-1$

        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        table = new TableViewer(rows, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        WidgetKeys.name(table.getTable(), "qmgr.profiles"); //$NON-NLS-1$
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.View_columnName, 140, ConnectionProfile::name);
        column(Messages.View_columnQueueManager, 110, ConnectionProfile::queueManager);
        column(Messages.View_columnChannel, 140, ConnectionProfile::channel);
        column(Messages.View_columnConnections, 200, p -> String.join(", ", p.connections())); //$NON-NLS-1$
        column(Messages.View_columnCipherSpec, 170, p -> p.cipherSpec().isEmpty() ? Messages.View_noTls : p.cipherSpec());
        column(Messages.View_columnStatus, 260, p -> status.getOrDefault(p.name(), "")); //$NON-NLS-1$
        table.addSelectionChangedListener(e -> enableButtons());
        table.addDoubleClickListener(e -> editProfile(selected()));
        details = WidgetKeys.name(new Text(rows, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL), "qmgr.details"); //$NON-NLS-1$
        rows.setWeights(45, 55);
        summary.setText(Messages.View_loading);
        enableButtons();
        ProfilesFile.load(parent.getDisplay(), loaded -> {
            if (!summary.isDisposed()) {
                profiles.addAll(loaded);
                refresh(null);
            }
        }, this::tell);
    }

    private void column(String title, int width, Function<ConnectionProfile, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ConnectionProfile) element);
            }
        });
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    private ConnectionProfile selected() {
        return (ConnectionProfile) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    private void refresh(ConnectionProfile select) {
        summary.setText(Messages.bind(Messages.View_summary, profiles.size(), ProfilesFile.file()));
        table.setInput(profiles.toArray());
        if (select != null) {
            table.setSelection(new StructuredSelection(select), true);
        }
        enableButtons();
        summary.getParent().layout(true, true);
    }

    private void enableButtons() {
        boolean one = selected() != null;
        edit.setEnabled(one);
        remove.setEnabled(one);
        test.setEnabled(one);
        read.setEnabled(one);
    }

    /** A problem with the profiles file, in place. */
    private void tell(String problem) {
        if (!summary.isDisposed()) {
            summary.setText(problem);
            summary.getParent().layout(true, true);
        }
    }

    private Set<String> namesExcept(ConnectionProfile except) {
        return profiles.stream().filter(p -> p != except).map(ConnectionProfile::name).collect(Collectors.toSet());
    }

    private void editProfile(ConnectionProfile profile) {
        ProfileDialog dialog = new ProfileDialog(getSite().getShell(), profile, namesExcept(profile));
        if (dialog.open() != Window.OK) {
            return;
        }
        ConnectionProfile edited = dialog.result();
        if (profile == null) {
            profiles.add(edited);
        } else {
            profiles.set(profiles.indexOf(profile), edited);
            if (!profile.name().equals(edited.name())) {
                ConnectionSecrets.forget(profile.name());
            }
            status.remove(profile.name());
        }
        save();
        refresh(edited);
    }

    private void removeProfile() {
        ConnectionProfile profile = selected();
        if (profile != null && MessageDialog.openConfirm(getSite().getShell(), Messages.View_removeTitle,
                Messages.bind(Messages.View_removeQuestion, profile.name()))) {
            profiles.remove(profile);
            ConnectionSecrets.forget(profile.name());
            save();
            refresh(null);
        }
    }

    private void importCcdt() {
        Path ccdt = FileChoosers.chooseOne(getSite().getShell(), FileChoosers.Request.open(Messages.View_importCcdtTitle, "*.json", "*")); //$NON-NLS-1$ //$NON-NLS-2$
        if (ccdt == null) {
            return;
        }
        ProfilesFile.importCcdt(getSite().getShell().getDisplay(), ccdt, imported -> {
            if (summary.isDisposed()) {
                return;
            }
            for (ConnectionProfile profile : imported) {
                profiles.removeIf(p -> p.name().equals(profile.name()));
                profiles.add(profile);
            }
            save();
            refresh(imported.isEmpty() ? null : imported.get(0));
            details.setText(Messages.bind(Messages.View_imported, imported.size(), ccdt));
        }, this::tell);
    }

    private void save() {
        ProfilesFile.save(getSite().getShell().getDisplay(), List.copyOf(profiles), this::tell);
    }

    private void testConnection() {
        ConnectionProfile profile = selected();
        ConnectionSecrets secrets = profile == null ? null : ConnectionSecrets.ask(getSite().getShell(), profile);
        if (secrets == null) {
            return;
        }
        new QueueManagerWork<>(Messages.bind(Messages.View_testJob, profile.name()), QueueManagerJobs.READ, profile, secrets,
                (target, monitor) -> {
                    MqObject qmgr = PlanPcf.object(MqObjectType.QMGR, target.send(PlanPcf.inquire(MqObjectType.QMGR), profile.timeout()).get(0));
                    return Messages.bind(Messages.View_connected, new Object[] { qmgr.name(), qmgr.valueOr("PLATFORM", "?"), //$NON-NLS-1$ //$NON-NLS-2$
                            qmgr.valueOr("CMDLEVEL", "?"), target.describe() }); //$NON-NLS-1$ //$NON-NLS-2$
                }).runThen(getSite().getShell(), answer -> {
                    secrets.clear();
                    show(profile, answer, answer);
                }, failure -> {
                    secrets.clear();
                    show(profile, Messages.bind(Messages.View_failed, failure.reason()), failure.describe());
                });
    }

    private void readState() {
        ConnectionProfile profile = selected();
        ConnectionSecrets secrets = profile == null ? null : ConnectionSecrets.ask(getSite().getShell(), profile);
        if (secrets == null) {
            return;
        }
        new QueueManagerWork<QueueManagerState>(Messages.bind(Messages.View_readJob, profile.name()), QueueManagerJobs.READ, profile, secrets,
                (target, monitor) -> QueueManagerReader.read(target, profile.timeout(), monitor)).runThen(getSite().getShell(), state -> {
                    secrets.clear();
                    show(profile, Messages.bind(Messages.View_readResult, state.channels().size(), state.chlauth().size()),
                            QueueManagerStateText.render(state, state.findings(RuncheckSimulator.DEFAULT_PRIVILEGED_USERS)));
                }, failure -> {
                    secrets.clear();
                    show(profile, Messages.bind(Messages.View_failed, failure.reason()), failure.describe());
                });
    }

    private void show(ConnectionProfile profile, String shortStatus, String text) {
        if (details.isDisposed()) {
            return;
        }
        status.put(profile.name(), shortStatus);
        table.refresh();
        details.setText(text);
    }
}
