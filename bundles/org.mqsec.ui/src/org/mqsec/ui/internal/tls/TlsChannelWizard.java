package org.mqsec.ui.internal.tls;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.crypto.tls.TlsChannelArtefacts;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.qmgr.ApplyPlanDialog;

/**
 * New TLS Channel: both ends of a SVRCONN channel, proved to fit page by page, then written by a
 * Job into a folder (key repositories, MQSC, runmqakm, CCDT, mqclient.ini, JMS settings). The
 * plan's spec stays in the model, to be applied to a connected queue manager once connections exist.
 */
public final class TlsChannelWizard extends Wizard implements INewWizard {

    public static final String ID = "org.mqsec.ui.tlsChannelWizard"; //$NON-NLS-1$

    private final TlsChannelController controller = new TlsChannelController(new TlsChannelModel());
    private OutputPage outputPage;

    public TlsChannelWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
        controller.model().jobCard = org.mqsec.ui.internal.zos.JobCardPreference.get();
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing to take from the selection until queue managers can be selected
    }

    @Override
    public void addPages() {
        addPage(new TargetPage(controller));
        addPage(new ServerIdentityPage(controller));
        addPage(new ClientIdentityPage(controller));
        addPage(new CipherSpecPage(controller));
        addPage(new ChannelPage(controller));
        addPage(new ChlauthPage(controller));
        addPage(new ReviewPage(controller));
        outputPage = new OutputPage(controller);
        addPage(outputPage);
    }

    @Override
    public boolean performFinish() {
        if (Finding.hasErrors(controller.allFindings()) || Finding.hasErrors(controller.outputFindings(outputPage.files()))) {
            return false;
        }
        char[] password = controller.model().password.clone();
        controller.model().clearPasswords();
        Path folder = Path.of(controller.model().folder);
        boolean applyAfterwards = controller.model().applyAfterwards;
        TlsChannelSpec spec = controller.model().spec();
        new KeyRepositoryWork<>(Messages.bind(Messages.Wizard_job, folder), KeyRepositoryJobs.WRITE, monitor -> {
            try {
                return controller.write(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }).runThen(getShell().getDisplay(), outcome -> {
            String files = outcome.files().stream().map(folder::relativize).map(Path::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
            MessageDialog.openInformation(null, Messages.Wizard_writtenTitle, Messages.bind(Messages.Wizard_written, folder, files));
            if (applyAfterwards) {
                Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
                ApplyPlanDialog.open(shell, TlsChannelArtefacts.queueManagerPlan(spec, folder), spec.queueManager(), null);
            }
        });
        return true;
    }

    @Override
    public boolean performCancel() {
        controller.model().clearPasswords();
        return true;
    }
}
