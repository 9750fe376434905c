package org.mqsec.qmgr.target;

/**
 * Where the workbench and mqsec get their connections: IBM's client ({@link PcfAgentTarget}), or a
 * connector a test sets so that the views and commands run unchanged against recorded replies.
 */
public final class QueueManagerTargets {

    /** Connects with a profile; the passwords are the connector's to clear once used. */
    @FunctionalInterface
    public interface Connector {
        QueueManagerTarget connect(ConnectionProfile profile, char[] password, char[] keyStorePassword, char[] trustStorePassword)
                throws QueueManagerException;
    }

    private static volatile Connector connector;

    private QueueManagerTargets() {
    }

    /** @param replacement null for IBM's client again */
    public static void setConnector(Connector replacement) {
        connector = replacement;
    }

    /**
     * Connects as the profile says. The passwords may be null (not needed); they are cleared once
     * used, whether the connection worked or not.
     */
    public static QueueManagerTarget connect(ConnectionProfile profile, char[] password, char[] keyStorePassword,
            char[] trustStorePassword) throws QueueManagerException {
        Connector chosen = connector;
        return chosen != null ? chosen.connect(profile, password, keyStorePassword, trustStorePassword)
                : PcfAgentTarget.connect(profile, password, keyStorePassword, trustStorePassword);
    }
}
