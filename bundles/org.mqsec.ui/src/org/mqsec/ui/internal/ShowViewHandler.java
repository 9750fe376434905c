package org.mqsec.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** A File menu command that opens (or brings forward) one of our views, its id given in plugin.xml after the class. */
public final class ShowViewHandler extends AbstractHandler implements IExecutableExtension {

    private String viewId;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        viewId = (String) data;
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(viewId);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
