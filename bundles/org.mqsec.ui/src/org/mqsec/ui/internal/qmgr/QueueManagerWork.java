package org.mqsec.ui.internal.qmgr;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.mqsec.qmgr.target.QueueManagerTargets;

import com.ibm.mq.constants.MQConstants;

/**
 * Work on a queue manager started from the UI: a user Job in one of the QueueManagerJobs families
 * that connects with a profile, runs the work with the connection, and disconnects; the UI thread
 * never connects or waits for a reply. A refusal is told in words with what to do; a cancelled job
 * says nothing. A password asked to be remembered is stored only once it has connected.
 *
 * @param <R> what the work hands back
 */
final class QueueManagerWork<R> extends Job {

    /** The work itself, in the Job's thread, with the connection. */
    interface Work<R> {
        R run(QueueManagerTarget target, IProgressMonitor monitor) throws QueueManagerException;
    }

    private final Object family;
    private final ConnectionProfile profile;
    private final ConnectionSecrets secrets;
    private final Work<R> work;
    private volatile R value;
    private volatile QueueManagerException failure;

    /** @param secrets the passwords, which stay the caller's: the connection gets copies */
    QueueManagerWork(String name, Object family, ConnectionProfile profile, ConnectionSecrets secrets, Work<R> work) {
        super(name);
        this.family = family;
        this.profile = profile;
        this.secrets = secrets;
        this.work = work;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        progress.subTask(Messages.bind(Messages.Work_connecting, profile.describe()));
        try (QueueManagerTarget target = QueueManagerTargets.connect(profile, ConnectionSecrets.copy(secrets.user()),
                ConnectionSecrets.copy(secrets.keyStore()), ConnectionSecrets.copy(secrets.trustStore()))) {
            secrets.connected();
            progress.worked(1);
            value = work.run(target, progress.split(9));
            return Status.OK_STATUS;
        } catch (QueueManagerException e) {
            failure = e;
            if (e.reason() == MQConstants.MQRC_NOT_AUTHORIZED) {
                secrets.forgetRemembered();
            }
            // told by the caller in words with what to do; an error status would add a generic second dialog
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // a defect, not the queue manager's answer: logged with its stack, told in words, and the
            // dialog that waits for an answer gets one
            ILog.of(QueueManagerWork.class).log(Status.error(getName(), e));
            failure = new QueueManagerException(Messages.bind(Messages.Work_defect, getName(), e), Messages.Work_defectFix);
            return Status.OK_STATUS;
        }
    }

    /**
     * Runs in the background; {@code then} gets the value on the UI thread. A failure goes to
     * {@code failed} there, which tells it in place; with none, a dialog tells it.
     */
    void runThen(Shell shell, Consumer<R> then, Consumer<QueueManagerException> failed) {
        Display display = shell.getDisplay();
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> {
                    if (failure != null && failed != null) {
                        failed.accept(failure);
                    } else if (failure != null) {
                        MessageDialog.openError(shell.isDisposed() ? null : shell, getName(), failure.describe());
                    } else if (event.getResult().isOK()) {
                        then.accept(value);
                    }
                });
            }
        });
        schedule();
    }
}
