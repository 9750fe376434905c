package org.mqsec.ui.internal.keystore;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mqsec.ui.internal.wizards.NewKeyRepositoryWizard;

/** File > New Key Repository...: the wizard opens and the command returns (the dialog is modal). */
public final class NewKeyRepositoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            NewKeyRepositoryWizard wizard = new NewKeyRepositoryWizard();
            wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
        }
        return null;
    }
}
