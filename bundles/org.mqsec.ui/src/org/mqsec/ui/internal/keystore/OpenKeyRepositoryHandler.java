package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Key Repository...: choose one or more files and open each in the editor. */
public final class OpenKeyRepositoryHandler extends AbstractHandler {

    static final String[] FILTER_EXTENSIONS = { "*.p12;*.pfx;*.jks;*.jceks;*.pem;*.crt;*.cer;*.arm;*.der;*.p7b", "*" }; //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Open_title);
        dialog.setFilterExtensions(FILTER_EXTENSIONS);
        dialog.setFilterNames(new String[] { Messages.Open_filterRepositories, Messages.Open_filterAll });
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            KeyRepositoryEditors.open(window.getActivePage(), Path.of(dialog.getFilterPath(), name));
        }
        return null;
    }
}
