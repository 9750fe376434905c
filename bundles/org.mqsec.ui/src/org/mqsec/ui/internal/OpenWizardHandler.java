package org.mqsec.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A File menu command that opens one of our wizards, named in plugin.xml after the handler's class
 * ({@code class="...OpenWizardHandler:wizard class"}). The wizard opens and the command returns
 * (the dialog is modal to the window, not to the caller).
 */
public final class OpenWizardHandler extends AbstractHandler implements IExecutableExtension {

    private IConfigurationElement element;
    private String wizardClass;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        element = config;
        wizardClass = (String) data;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            INewWizard wizard = create();
            wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
        }
        return null;
    }

    private INewWizard create() {
        try {
            return (INewWizard) Class.forName(wizardClass, true, OpenWizardHandler.class.getClassLoader()).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(element.getContributor().getName() + ": " + wizardClass, e); //$NON-NLS-1$
        }
    }
}
