package com.ibm.mq.explorer.ui.extensions;

import org.eclipse.ui.IActionFilter;

import com.ibm.mq.MQQueueManager;

/**
 * Tests only: MQ Explorer's queue manager object with the class name and the methods its
 * documentation and public plug-ins use, and the action filter behind its objectState test.
 */
public class MQQmgrExtObject implements IActionFilter {

    private final String name;
    private final MQQueueManager connection;

    /** @param connection null for a queue manager Explorer is not connected to */
    public MQQmgrExtObject(String name, MQQueueManager connection) {
        this.name = name;
        this.connection = connection;
    }

    public String getName() {
        return name;
    }

    public boolean isConnected() {
        return connection != null;
    }

    public MQQueueManager getMQQueueManager() {
        return connection;
    }

    @Override
    public String toString() {
        return name;
    }

    /** objectState name="PluginEnabled" value="plug-in id": every plug-in is enabled here. */
    @Override
    public boolean testAttribute(Object target, String attribute, String value) {
        return "PluginEnabled".equals(attribute) && value != null && !value.isEmpty(); //$NON-NLS-1$
    }
}
