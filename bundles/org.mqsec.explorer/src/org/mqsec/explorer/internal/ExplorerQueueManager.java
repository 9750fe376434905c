package org.mqsec.explorer.internal;

import java.lang.reflect.InvocationTargetException;

import org.mqsec.qmgr.target.QueueManagerException;

/**
 * A queue manager as MQ Explorer's navigator holds it ({@code MQQmgrExtObject}), reached by
 * reflection on its documented methods ({@code getName()}, {@code isConnected()},
 * {@code getMQQueueManager()}): this bundle compiles without any Explorer class.
 */
public final class ExplorerQueueManager {

    /** The class of Explorer's queue manager objects, as its documentation names it. */
    public static final String CLASS = "com.ibm.mq.explorer.ui.extensions.MQQmgrExtObject"; //$NON-NLS-1$

    private ExplorerQueueManager() {
    }

    /** Whether the object is (or extends) Explorer's queue manager class. */
    public static boolean is(Object object) {
        for (Class<?> type = object == null ? null : object.getClass(); type != null; type = type.getSuperclass()) {
            if (CLASS.equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    public static String name(Object queueManager) throws QueueManagerException {
        return String.valueOf(call(queueManager, "getName")).strip(); //$NON-NLS-1$
    }

    public static boolean connected(Object queueManager) throws QueueManagerException {
        return Boolean.TRUE.equals(call(queueManager, "isConnected")); //$NON-NLS-1$
    }

    /**
     * A PCF target over Explorer's own connection to the queue manager.
     *
     * @throws QueueManagerException when Explorer is not connected to it, or its connection cannot carry PCF
     */
    public static ExplorerPcfTarget target(Object queueManager) throws QueueManagerException {
        String name = name(queueManager);
        if (!connected(queueManager)) {
            throw new QueueManagerException(Messages.bind(Messages.Bridge_notConnected, name), Messages.Bridge_notConnectedFix);
        }
        Object connection = call(queueManager, "getMQQueueManager"); //$NON-NLS-1$
        if (connection == null) {
            throw new QueueManagerException(Messages.bind(Messages.Bridge_notConnected, name), Messages.Bridge_notConnectedFix);
        }
        return new ExplorerPcfTarget(name, connection);
    }

    private static Object call(Object target, String method) throws QueueManagerException {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new QueueManagerException(Messages.bind(Messages.Bridge_failed, method, cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()), Messages.Bridge_failedFix);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new QueueManagerException(Messages.bind(Messages.Bridge_unknownApi, target.getClass().getName(), method), Messages.Bridge_failedFix);
        }
    }
}
