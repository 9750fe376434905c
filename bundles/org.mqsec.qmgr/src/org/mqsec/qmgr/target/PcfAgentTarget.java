package org.mqsec.qmgr.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.qmgr.internal.Abandonable;
import org.mqsec.qmgr.internal.QmgrMessages;
import org.mqsec.qmgr.target.ConnectionProfile.HostAndPort;

import com.ibm.mq.MQException;
import com.ibm.mq.MQGetMessageOptions;
import com.ibm.mq.MQMessage;
import com.ibm.mq.MQQueue;
import com.ibm.mq.MQQueueManager;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFMessageAgent;

/**
 * IBM's client: an {@code MQQueueManager} client connection (MQCSP authentication, the CipherSpec's
 * Java cipher suite with the profile's key and trust stores) and IBM's {@code PCFMessageAgent} for
 * the command server. The connection names are tried in order, as a CONNAME list is.
 */
public final class PcfAgentTarget implements QueueManagerTarget {

    /** Reasons after which the next connection name of the list is tried. */
    private static final Set<Integer> TRY_NEXT = Set.of(0, MQConstants.MQRC_HOST_NOT_AVAILABLE, MQConstants.MQRC_Q_MGR_NOT_AVAILABLE,
            MQConstants.MQRC_CONNECTION_BROKEN);
    private static final String APPLICATION = "MQ Security Workbench"; //$NON-NLS-1$

    private final MQQueueManager queueManager;
    private final PCFMessageAgent agent;
    private final String description;

    private PcfAgentTarget(MQQueueManager queueManager, PCFMessageAgent agent, String description) {
        this.queueManager = queueManager;
        this.agent = agent;
        this.description = description;
    }

    /**
     * Connects as the profile says, trying its connection names in order. The passwords (null when
     * not needed) are cleared before this returns, whether it connected or not.
     *
     * @throws QueueManagerException an error in the profile, a store that cannot be used, or the
     *                               reason code of the last connection name tried, in words
     */
    public static PcfAgentTarget connect(ConnectionProfile profile, char[] password, char[] keyStorePassword, char[] trustStorePassword)
            throws QueueManagerException {
        try {
            for (Finding finding : profile.check()) {
                if (finding.severity() == Severity.ERROR) {
                    throw new QueueManagerException(NLS.bind(QmgrMessages.Connect_badProfile, profile.name(), finding.message()), finding.fix());
                }
            }
            SSLSocketFactory sockets = profile.cipherSpec().isEmpty() ? null : sockets(profile, keyStorePassword, trustStorePassword);
            QueueManagerException last = null;
            for (String conname : profile.connections()) {
                HostAndPort address = ConnectionProfile.parse(conname).orElseThrow();
                try {
                    return connect(profile, address, password, sockets);
                } catch (QueueManagerException e) {
                    last = e;
                    if (!TRY_NEXT.contains(e.reason())) {
                        throw e;
                    }
                }
            }
            throw last;
        } finally {
            clear(password);
            clear(keyStorePassword);
            clear(trustStorePassword);
        }
    }

    private static PcfAgentTarget connect(ConnectionProfile profile, HostAndPort address, char[] password, SSLSocketFactory sockets)
            throws QueueManagerException {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(MQConstants.TRANSPORT_PROPERTY, MQConstants.TRANSPORT_MQSERIES_CLIENT);
        properties.put(MQConstants.HOST_NAME_PROPERTY, address.host());
        properties.put(MQConstants.PORT_PROPERTY, address.port());
        properties.put(MQConstants.CHANNEL_PROPERTY, profile.channel());
        properties.put(MQConstants.APPNAME_PROPERTY, APPLICATION);
        if (!profile.userId().isEmpty()) {
            properties.put(MQConstants.USER_ID_PROPERTY, profile.userId());
            // IBM's client takes the password only as a String; it is dropped from the table once connected
            properties.put(MQConstants.PASSWORD_PROPERTY, new String(password == null ? new char[0] : password));
            properties.put(MQConstants.USE_MQCSP_AUTHENTICATION_PROPERTY, Boolean.TRUE);
        }
        if (sockets != null) {
            properties.put(MQConstants.SSL_CIPHER_SUITE_PROPERTY, profile.javaCipherSuite());
            properties.put(MQConstants.SSL_SOCKET_FACTORY_PROPERTY, sockets);
        }
        Callable<PcfAgentTarget> connecting = () -> {
            MQQueueManager queueManager = new MQQueueManager(profile.queueManager(), properties);
            PCFMessageAgent agent = new PCFMessageAgent();
            try {
                if (!profile.modelQueue().isEmpty()) {
                    agent.setModelQueueName(profile.modelQueue());
                }
                agent.connect(queueManager);
                agent.setCheckResponses(false);
            } catch (MQDataException e) {
                disconnect(queueManager);
                throw new QueueManagerException(e.getReason(), QmgrMessages.Connect_commandServer);
            }
            return new PcfAgentTarget(queueManager, agent, profile.describe());
        };
        try {
            // a connection made after the time ran out is closed when it comes, not left open on the queue manager
            return Abandonable.call("mqsec connect " + address, profile.timeout(), connecting); //$NON-NLS-1$
        } catch (TimeoutException e) {
            throw new QueueManagerException(NLS.bind(QmgrMessages.Connect_noAnswer, address, profile.timeout().toSeconds()),
                    ReasonCodes.fix(MQConstants.MQRC_HOST_NOT_AVAILABLE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof QueueManagerException refused) {
                throw refused;
            }
            if (cause instanceof MQException mq) {
                throw new QueueManagerException(mq.getReason(), NLS.bind(QmgrMessages.Connect_at, address + rootCause(mq)));
            }
            throw new IllegalStateException(cause);
        } finally {
            properties.remove(MQConstants.PASSWORD_PROPERTY);
        }
    }

    /** ": Connection refused" from the lowest cause IBM's exception carries, or "". */
    private static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == thrown || root.getMessage() == null ? "" : ": " + root.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** TLS with the profile's stores: its key store when the channel asks for a client certificate, its trust store or the runtime's. */
    private static SSLSocketFactory sockets(ConnectionProfile profile, char[] keyStorePassword, char[] trustStorePassword)
            throws QueueManagerException {
        try {
            KeyManager[] keys = null;
            if (!profile.keyStore().isEmpty()) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store(profile.keyStore(), keyStorePassword), keyStorePassword == null ? new char[0] : keyStorePassword);
                keys = factory.getKeyManagers();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(profile.trustStore().isEmpty() ? null : store(profile.trustStore(), trustStorePassword));
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(keys, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new QueueManagerException(NLS.bind(QmgrMessages.Connect_stores, e.getMessage()), ReasonCodes.fix(MQConstants.MQRC_SSL_INITIALIZATION_ERROR));
        }
    }

    private static KeyStore store(String file, char[] password) throws QueueManagerException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new QueueManagerException(NLS.bind(QmgrMessages.Connect_noStore, file), ReasonCodes.fix(MQConstants.MQRC_SSL_INITIALIZATION_ERROR));
        }
        try {
            return KeyStore.getInstance(path.toFile(), password);
        } catch (IOException | GeneralSecurityException e) {
            throw new QueueManagerException(NLS.bind(QmgrMessages.Connect_badStore, file, e.getMessage()),
                    ReasonCodes.fix(MQConstants.MQRC_SSL_INITIALIZATION_ERROR));
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public synchronized List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException {
        agent.setWaitInterval((int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000)));
        try {
            return PcfReplies.check(Arrays.asList(agent.send(command)));
        } catch (MQDataException e) {
            throw new QueueManagerException(e.getReason(), ""); //$NON-NLS-1$
        } catch (IOException e) {
            throw new QueueManagerException(MQConstants.MQRC_CONNECTION_BROKEN, e.getMessage() == null ? "" : e.getMessage()); //$NON-NLS-1$
        }
    }

    @Override
    public synchronized List<byte[]> browse(String queue, int max) throws QueueManagerException {
        List<byte[]> messages = new java.util.ArrayList<>();
        MQQueue browsed = null;
        try {
            browsed = queueManager.accessQueue(queue, MQConstants.MQOO_BROWSE | MQConstants.MQOO_FAIL_IF_QUIESCING);
            MQGetMessageOptions options = new MQGetMessageOptions();
            // no MQGMO_CONVERT: the bytes as put, the MQDLH's and the protected body's encodings intact
            options.options = MQConstants.MQGMO_BROWSE_NEXT | MQConstants.MQGMO_NO_WAIT | MQConstants.MQGMO_FAIL_IF_QUIESCING;
            while (messages.size() < max) {
                MQMessage message = new MQMessage();
                try {
                    browsed.get(message, options);
                } catch (MQException e) {
                    if (e.getReason() == MQConstants.MQRC_NO_MSG_AVAILABLE) {
                        break;
                    }
                    throw e;
                }
                byte[] data = new byte[message.getDataLength()];
                message.readFully(data);
                messages.add(data);
            }
            return messages;
        } catch (MQException e) {
            throw new QueueManagerException(e.getReason(), queue);
        } catch (IOException e) {
            throw new QueueManagerException(MQConstants.MQRC_CONNECTION_BROKEN, e.getMessage() == null ? "" : e.getMessage()); //$NON-NLS-1$
        } finally {
            if (browsed != null) {
                try {
                    browsed.close();
                } catch (MQException e) {
                    // browsing took nothing; a close that fails leaves nothing behind
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            agent.disconnect();
        } catch (MQDataException e) {
            // the connection is going anyway: a broken one cannot be closed more
        }
        disconnect(queueManager);
    }

    private static void disconnect(MQQueueManager queueManager) {
        try {
            queueManager.disconnect();
        } catch (MQException e) {
            // as above: nothing is left to release when the connection already broke
        }
    }
}
