package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mqsec.ui.internal.FileChoosers;

/** File > Open Key Repository...: choose one or more files and open each in the editor. */
public final class OpenKeyRepositoryHandler extends AbstractHandler {

    static final String[] FILTER_EXTENSIONS = { "*.p12;*.pfx;*.kdb;*.jks;*.jceks;*.pem;*.crt;*.cer;*.arm;*.der;*.p7b", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        for (Path file : FileChoosers.choose(window.getShell(), FileChoosers.Request.open(Messages.Open_title, FILTER_EXTENSIONS)
                .named(Messages.Open_filterRepositories, Messages.Open_filterAll).orSeveral())) {
            KeyRepositoryEditors.open(window.getActivePage(), file);
        }
        return null;
    }
}
