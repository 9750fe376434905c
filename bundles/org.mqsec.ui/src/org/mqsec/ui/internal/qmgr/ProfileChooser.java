package org.mqsec.ui.internal.qmgr;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.WidgetKeys;

/** Chooses a queue manager by its connection profile, then reads its security state in a Job. */
public final class ProfileChooser extends TitleAreaDialog {

    private final List<ConnectionProfile> profiles;
    private final String title;
    private Combo profile;
    private ConnectionProfile chosen;

    private ProfileChooser(Shell parent, String title, List<ConnectionProfile> profiles) {
        super(parent);
        this.title = title;
        this.profiles = profiles;
    }

    /** What to read from the chosen queue manager, in the Job's thread, with the connection. */
    public interface Reading<R> {
        R run(ConnectionProfile profile, QueueManagerTarget target, IProgressMonitor monitor) throws QueueManagerException;
    }

    /**
     * Loads the profiles, lets the user choose one, asks its passwords, reads the state in a Job;
     * {@code then} gets the profile and the state on the UI thread. A failure is told in words.
     */
    public static void chooseAndRead(Shell shell, String title, BiConsumer<ConnectionProfile, QueueManagerState> then) {
        chooseAndRun(shell, title, Messages.View_readJob, (chosen, target, monitor) -> QueueManagerReader.read(target, chosen.timeout(), monitor), then);
    }

    /**
     * As {@link #chooseAndRead}, for any reading: {@code jobName} binds the profile's name; the Job
     * is in the {@link QueueManagerJobs#READ} family.
     */
    public static <R> void chooseAndRun(Shell shell, String title, String jobName, Reading<R> reading, BiConsumer<ConnectionProfile, R> then) {
        ProfilesFile.load(shell.getDisplay(), loaded -> {
            if (shell.isDisposed()) {
                return;
            }
            if (loaded.isEmpty()) {
                MessageDialog.openInformation(shell, title, Messages.bind(Messages.Apply_noProfiles, ProfilesFile.file()));
                return;
            }
            ProfileChooser chooser = new ProfileChooser(shell, title, loaded);
            if (chooser.open() != Window.OK) {
                return;
            }
            run(shell, title, jobName, chooser.chosen, reading, then);
        }, problem -> MessageDialog.openError(shell, title, problem));
    }

    /** As {@link #chooseAndRun}, for a profile already chosen (the security navigator's): its passwords asked, the reading in a Job. */
    public static <R> void run(Shell shell, String title, String jobName, ConnectionProfile profile, Reading<R> reading,
            BiConsumer<ConnectionProfile, R> then) {
        ConnectionSecrets secrets = ConnectionSecrets.ask(shell, profile);
        if (secrets == null) {
            return;
        }
        new QueueManagerWork<R>(Messages.bind(jobName, profile.name()), QueueManagerJobs.READ, profile, secrets,
                (target, monitor) -> reading.run(profile, target, monitor)).runThen(shell, value -> {
                    secrets.clear();
                    then.accept(profile, value);
                }, failure -> {
                    secrets.clear();
                    MessageDialog.openError(shell, title, failure.describe());
                });
    }

    /** As {@link #chooseAndRead}, for a profile already chosen. */
    public static void read(Shell shell, String title, ConnectionProfile profile, BiConsumer<ConnectionProfile, QueueManagerState> then) {
        run(shell, title, Messages.View_readJob, profile, (chosen, target, monitor) -> QueueManagerReader.read(target, chosen.timeout(), monitor), then);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(Messages.Chooser_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Apply_profile);
        profile = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "chooser.profile"); //$NON-NLS-1$
        profile.setItems(profiles.stream().map(p -> p.name() + " — " + p.describe()).toArray(String[]::new)); //$NON-NLS-1$
        profile.select(0);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(profile);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.name(createButton(parent, IDialogConstants.OK_ID, Messages.Chooser_read, true), "chooser.ok"); //$NON-NLS-1$
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        chosen = profiles.get(profile.getSelectionIndex());
        super.okPressed();
    }
}
