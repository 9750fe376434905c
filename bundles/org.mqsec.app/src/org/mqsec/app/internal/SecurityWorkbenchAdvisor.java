package org.mqsec.app.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;

/** Opens the security perspective and, once the window is up, the files named on the command line. */
final class SecurityWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String PERSPECTIVE_ID = "org.mqsec.app.perspective"; //$NON-NLS-1$

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SecurityWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            KeyRepositoryEditors.openAll(window.getActivePage(),
                    KeyRepositoryEditors.fileArguments(Platform.getApplicationArgs()));
        }
    }
}
