package org.mqsec.ui.internal.wizards;

import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.operations.GenerateKeyOperation;

/**
 * Generate Key Pair (or Create Local CA): subject, key, signer, review. Finish hands the operation to
 * the editor, which runs it in a Job (RSA 4096 takes seconds) and shows the new entry as unsaved.
 */
public final class GenerateKeyWizard extends Wizard {

    private final GenerateKeyController controller;
    private final Consumer<GenerateKeyOperation> onFinish;

    public GenerateKeyWizard(GenerateKeyController controller, Consumer<GenerateKeyOperation> onFinish) {
        this.controller = controller;
        this.onFinish = onFinish;
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
        GenerateKeyOperation operation = controller.operation();
        // after the wizard has closed, so that its progress is the editor's
        getShell().getDisplay().asyncExec(() -> onFinish.accept(operation));
        return true;
    }
}
