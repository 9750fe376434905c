package org.mqsec.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;
import org.mqsec.ui.internal.keystore.RememberedPasswords;

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
        NewKeyRepositoryModel model = controller.model();
        char[] password = model.password.clone();
        boolean remember = model.remember;
        model.clearPasswords();
        CreateKeyRepositoryOperation create = controller.operation(password);
        char[][] handedOver = new char[1][];
        new KeyRepositoryWork<>(Messages.bind(Messages.New_job, controller.path()), KeyRepositoryJobs.WRITE, monitor -> {
            try {
                Path created = create.run(monitor);
                if (remember) {
                    RememberedPasswords.put(new FileKeyRepositoryLocation(created).storageKey(), password);
                }
                handedOver[0] = password.clone();
                return created;
            } finally {
                Arrays.fill(password, '\0');
            }
        }).runThen(getShell().getDisplay(), created -> KeyRepositoryEditors.open(page, created, handedOver[0]));
        return true;
    }

    @Override
    public boolean performCancel() {
        controller.model().clearPasswords();
        return true;
    }
}
