package org.mqsec.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.ui.internal.BusyWork;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;
import org.mqsec.ui.internal.keystore.RememberedPasswords;
import org.mqsec.ui.internal.keystore.KeyRepositoryWriteJob;

/**
 * New Key Repository: where and in which format, then the password. Finish writes the empty
 * repository (and stash) in a Job and opens it in the editor, ready for Generate Key Pair.
 */
public final class NewKeyRepositoryWizard extends Wizard implements INewWizard {

    public static final String ID = "org.mqsec.ui.newKeyRepositoryWizard"; //$NON-NLS-1$

    private final NewKeyRepositoryController controller = new NewKeyRepositoryController(new NewKeyRepositoryModel());
    private IWorkbenchPage page;
    private RepositoryLocationPage locationPage;

    public NewKeyRepositoryWizard() {
        setWindowTitle(Messages.New_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        page = workbench.getActiveWorkbenchWindow().getActivePage();
    }

    @Override
    public void addPages() {
        locationPage = new RepositoryLocationPage(controller);
        addPage(locationPage);
        addPage(new RepositoryPasswordPage(controller));
    }

    @Override
    public boolean performFinish() {
        if (Finding.hasErrors(controller.locationFindings(locationPage.files())) || Finding.hasErrors(controller.passwordFindings())) {
            return false;
        }
        Display display = getShell().getDisplay();
        NewKeyRepositoryModel model = controller.model();
        char[] password = model.password.clone();
        boolean remember = model.remember;
        model.clearPasswords();
        Job job = new KeyRepositoryWriteJob(Messages.bind(Messages.New_job, controller.path())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Path created = controller.create(password);
                    if (remember) {
                        RememberedPasswords.put(new FileKeyRepositoryLocation(created).storageKey(), password);
                    }
                    char[] handedOver = password.clone();
                    display.asyncExec(() -> KeyRepositoryEditors.open(page, created, handedOver));
                } catch (KeyRepositoryException e) {
                    display.asyncExec(() -> MessageDialog.openError(null, Messages.New_title,
                            BusyWork.describe(e)));
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return true;
    }

    @Override
    public boolean performCancel() {
        controller.model().clearPasswords();
        return true;
    }
}
