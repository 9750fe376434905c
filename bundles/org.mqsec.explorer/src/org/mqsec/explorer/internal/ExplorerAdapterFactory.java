package org.mqsec.explorer.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

/**
 * Explorer's selected queue manager as our {@link QueueManagerTarget}, so that the same commands work
 * in Explorer and in the standalone product. Adapting opens PCF on Explorer's connection: adapt in a
 * Job, never on the UI thread. A queue manager Explorer is not connected to adapts to nothing (the
 * caller says why with {@link ExplorerQueueManager#target}).
 */
public final class ExplorerAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != QueueManagerTarget.class || !ExplorerQueueManager.is(adaptable)) {
            return null;
        }
        try {
            return adapterType.cast(ExplorerQueueManager.target(adaptable));
        } catch (QueueManagerException e) {
            ILog.of(ExplorerAdapterFactory.class).log(Status.info(e.describe()));
            return null;
        }
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { QueueManagerTarget.class };
    }
}
