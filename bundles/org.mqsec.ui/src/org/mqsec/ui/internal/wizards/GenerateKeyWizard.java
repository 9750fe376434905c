package org.mqsec.ui.internal.wizards;

import java.security.SecureRandom;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.ui.internal.BusyWork;
import org.mqsec.ui.internal.keystore.KeyRepositoryWriteJob;

/**
 * Generate Key Pair (or Create Local CA): subject, key, signer, review. Finish generates the key in
 * a Job (RSA 4096 takes seconds) and hands the new entry to the editor, which shows it as unsaved.
 */
public final class GenerateKeyWizard extends Wizard {

    private final GenerateKeyController controller;
    private final Consumer<KeyEntry> onGenerated;

    public GenerateKeyWizard(GenerateKeyController controller, Consumer<KeyEntry> onGenerated) {
        this.controller = controller;
        this.onGenerated = onGenerated;
        setWindowTitle(controller.model().usage == CertificateProfile.CA ? Messages.Generate_caTitle
                : Messages.Generate_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(new SubjectPage(controller));
        addPage(new KeyOptionsPage(controller));
        addPage(new SignerPage(controller));
        addPage(new ReviewPage(controller));
    }

    @Override
    public boolean performFinish() {
        if (Finding.hasErrors(controller.findings())) {
            return false;
        }
        Display display = getShell().getDisplay();
        Job job = new KeyRepositoryWriteJob(Messages.bind(Messages.Generate_job, controller.model().alias)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    KeyEntry entry = controller.generate(new SecureRandom());
                    if (monitor.isCanceled()) {
                        // key generation itself cannot be interrupted; a cancelled key is dropped
                        return Status.CANCEL_STATUS;
                    }
                    display.asyncExec(() -> onGenerated.accept(entry));
                } catch (KeyRepositoryException e) {
                    display.asyncExec(() -> MessageDialog.openError(null, getWindowTitle(),
                            BusyWork.describe(e)));
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return true;
    }
}
