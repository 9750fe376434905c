package org.mqsec.explorer.internal;

import java.time.Duration;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.ams.AmsPolicyView;
import org.mqsec.ui.internal.chlauth.ChlauthView;
import org.mqsec.ui.internal.security.SecurityView;

/**
 * An entry of the context menu on a queue manager in MQ Explorer's navigator: the queue manager's
 * security state is read in a Job through Explorer's own connection and shown in one of our views.
 */
public abstract class OpenOnQueueManagerAction implements IObjectActionDelegate {

    /** How long one PCF command may wait for its replies through Explorer's connection. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private IWorkbenchPart part;
    private Object selected;

    @Override
    public void setActivePart(IAction action, IWorkbenchPart targetPart) {
        part = targetPart;
    }

    @Override
    public void selectionChanged(IAction action, ISelection selection) {
        selected = selection instanceof IStructuredSelection structured ? queueManagerOf(structured.getFirstElement()) : null;
    }

    /** The selected queue manager: the object itself, or what Explorer's tree node holds ({@code TreeNode.getObject()}). */
    private static Object queueManagerOf(Object element) {
        if (element == null || ExplorerQueueManager.is(element)) {
            return element;
        }
        try {
            Object held = element.getClass().getMethod("getObject").invoke(element); //$NON-NLS-1$
            return ExplorerQueueManager.is(held) ? held : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void run(IAction action) {
        if (part == null || selected == null) {
            return;
        }
        Shell shell = part.getSite().getShell();
        IWorkbenchPage page = part.getSite().getPage();
        Object queueManager = selected;
        Job job = new Job(Messages.Bridge_reading) {
            @Override
            public boolean belongsTo(Object family) {
                return family == QueueManagerJobs.READ;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (QueueManagerTarget target = ExplorerQueueManager.target(queueManager)) {
                    QueueManagerState state = QueueManagerReader.read(target, TIMEOUT, monitor);
                    shell.getDisplay().asyncExec(() -> {
                        try {
                            show(page, state);
                        } catch (PartInitException e) {
                            MessageDialog.openError(shell, Messages.Bridge_title, e.getMessage());
                        }
                    });
                } catch (QueueManagerException e) {
                    shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.Bridge_title,
                            e.describe() + (e.fix().isEmpty() ? "" : "\n\n" + e.fix()))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    /** Shows the state read, on the UI thread. */
    protected abstract void show(IWorkbenchPage page, QueueManagerState state) throws PartInitException;

    /** "Security Overview": the queue manager security view. */
    public static final class SecurityOverview extends OpenOnQueueManagerAction {
        @Override
        protected void show(IWorkbenchPage page, QueueManagerState state) throws PartInitException {
            ((SecurityView) page.showView(SecurityView.ID)).show(state, ""); //$NON-NLS-1$
        }
    }

    /** "Channel Authentication Records": the CHLAUTH view on its records. */
    public static final class Chlauth extends OpenOnQueueManagerAction {
        @Override
        protected void show(IWorkbenchPage page, QueueManagerState state) throws PartInitException {
            ((ChlauthView) page.showView(ChlauthView.ID)).show(state, ""); //$NON-NLS-1$
        }
    }

    /** "AMS Policies": the AMS view on its policies. */
    public static final class Ams extends OpenOnQueueManagerAction {
        @Override
        protected void show(IWorkbenchPage page, QueueManagerState state) throws PartInitException {
            ((AmsPolicyView) page.showView(AmsPolicyView.ID)).show(state, ""); //$NON-NLS-1$
        }
    }

    /** "New TLS Channel...": the TLS channel wizard (nothing to read first). */
    public static final class NewTlsChannel extends OpenOnQueueManagerAction {
        private IWorkbenchPart part;

        @Override
        public void setActivePart(IAction action, IWorkbenchPart targetPart) {
            super.setActivePart(action, targetPart);
            part = targetPart;
        }

        @Override
        public void run(IAction action) {
            if (part == null) {
                return;
            }
            try {
                part.getSite().getService(IHandlerService.class).executeCommand("org.mqsec.ui.newTlsChannel", null); //$NON-NLS-1$
            } catch (CommandException e) {
                MessageDialog.openError(part.getSite().getShell(), Messages.Bridge_title, e.getMessage());
            }
        }

        @Override
        protected void show(IWorkbenchPage page, QueueManagerState state) {
            // the wizard reads nothing
        }
    }
}
