package org.mqsec.qmgr.target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.qmgr.internal.QmgrMessages;

/**
 * How to reach one queue manager as a client for administration. No password is part of it: those
 * are asked for, or read from where the user says, when connecting.
 *
 * @param name           what the user chooses it by
 * @param connections    host(port) connection names, tried in order as a CONNAME list is
 * @param channel        the SVRCONN channel
 * @param queueManager   the queue manager's name; "" for whichever answers at the address
 * @param cipherSpec     the channel's SSLCIPH; "" for none
 * @param keyStore       PKCS#12 or JKS with the client's certificate, when the channel asks for one; ""
 * @param trustStore     PKCS#12 or JKS with the queue manager's CA; "" for the Java runtime's
 * @param userId         the user ID for connection authentication (MQCSP); "" for none
 * @param modelQueue     the model queue for replies; "" for SYSTEM.DEFAULT.MODEL.QUEUE
 * @param timeoutSeconds for the connection and each reply; 0 for {@link #DEFAULT_TIMEOUT_SECONDS}
 */
public record ConnectionProfile(String name, List<String> connections, String channel, String queueManager, String cipherSpec,
        String keyStore, String trustStore, String userId, String modelQueue, int timeoutSeconds) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int MAXIMUM_TIMEOUT_SECONDS = 600;
    /** The port a connection name without one has, as in a CONNAME. */
    public static final int DEFAULT_PORT = 1414;

    /** Finding codes. */
    public static final String NO_NAME = "PROFILE_NO_NAME"; //$NON-NLS-1$
    public static final String BAD_CONNAME = "PROFILE_BAD_CONNAME"; //$NON-NLS-1$
    public static final String UNKNOWN_CIPHERSPEC = "PROFILE_UNKNOWN_CIPHERSPEC"; //$NON-NLS-1$
    public static final String BAD_TIMEOUT = "PROFILE_BAD_TIMEOUT"; //$NON-NLS-1$
    public static final String NO_TLS = "PROFILE_NO_TLS"; //$NON-NLS-1$

    /** host(port) or a host alone; the host without blanks, commas or parentheses. */
    private static final Pattern CONNAME = Pattern.compile("([^\\s(),]+)(?:\\((\\d{1,5})\\))?"); //$NON-NLS-1$

    public ConnectionProfile {
        name = text(name);
        connections = connections == null ? List.of() : connections.stream().map(ConnectionProfile::text).toList();
        channel = text(channel);
        queueManager = text(queueManager);
        cipherSpec = text(cipherSpec);
        keyStore = text(keyStore);
        trustStore = text(trustStore);
        userId = text(userId);
        modelQueue = text(modelQueue);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    /** For the connection and for each reply. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : Math.min(timeoutSeconds, MAXIMUM_TIMEOUT_SECONDS));
    }

    /** "QM1 via ADMIN.SVRCONN at mq1.example.com(1414), mq2.example.com(1414)" */
    public String describe() {
        return NLS.bind(QmgrMessages.Profile_describe, new Object[] { queueManager.isEmpty() ? name : queueManager, channel,
                String.join(", ", connections) }); //$NON-NLS-1$
    }

    /** A connection name as host and port, or empty when it is not one. */
    public static Optional<HostAndPort> parse(String conname) {
        Matcher matcher = CONNAME.matcher(conname == null ? "" : conname.strip()); //$NON-NLS-1$
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
        return port >= 1 && port <= 65535 ? Optional.of(new HostAndPort(matcher.group(1), port)) : Optional.empty();
    }

    /** One address of a connection name list. */
    public record HostAndPort(String host, int port) {
        @Override
        public String toString() {
            return host + '(' + port + ')';
        }
    }

    /** The CipherSpec's Java cipher suite as IBM's classes name it; "" without TLS. */
    public String javaCipherSuite() {
        return CipherSpecs.find(cipherSpec).map(CipherSpec::javaCipherSuite).orElse(""); //$NON-NLS-1$
    }

    /** What is wrong (errors: it cannot be used) or unsafe (warnings) in the profile. */
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        if (name.isEmpty()) {
            findings.add(Finding.error(NO_NAME, "name", QmgrMessages.Profile_noName, QmgrMessages.Profile_noNameFix)); //$NON-NLS-1$
        }
        if (connections.isEmpty()) {
            findings.add(Finding.error(BAD_CONNAME, "connections", QmgrMessages.Profile_noConnection, QmgrMessages.Profile_badConnameFix)); //$NON-NLS-1$
        }
        for (String conname : connections) {
            if (parse(conname).isEmpty()) {
                findings.add(Finding.error(BAD_CONNAME, "connections", NLS.bind(QmgrMessages.Profile_badConname, conname), //$NON-NLS-1$
                        QmgrMessages.Profile_badConnameFix));
            } else {
                findings.addAll(MqAttribute.CONNAME.check(conname, QueueManagerPlatform.MULTIPLATFORMS, QmgrMessages.Profile_connectionsField));
            }
        }
        if (channel.isEmpty()) {
            findings.add(Finding.error(NO_NAME, "channel", QmgrMessages.Profile_noChannel, QmgrMessages.Profile_noChannelFix)); //$NON-NLS-1$
        }
        findings.addAll(MqAttribute.CHANNEL_NAME.check(channel, QueueManagerPlatform.MULTIPLATFORMS, QmgrMessages.Profile_channelField));
        findings.addAll(MqAttribute.QMGR_NAME.check(queueManager, QueueManagerPlatform.MULTIPLATFORMS, QmgrMessages.Profile_queueManagerField));
        findings.addAll(MqAttribute.QMGR_NAME.check(modelQueue, QueueManagerPlatform.MULTIPLATFORMS, QmgrMessages.Profile_modelQueueField));
        findings.addAll(MqAttribute.CLNTUSER.check(userId, QueueManagerPlatform.MULTIPLATFORMS, QmgrMessages.Profile_userIdField));
        if (cipherSpec.isEmpty()) {
            findings.add(Finding.warning(NO_TLS, "cipherSpec", QmgrMessages.Profile_noTls, QmgrMessages.Profile_noTlsFix)); //$NON-NLS-1$
        } else if (CipherSpecs.find(cipherSpec).isEmpty()) {
            findings.add(Finding.error(UNKNOWN_CIPHERSPEC, "cipherSpec", NLS.bind(QmgrMessages.Profile_unknownCipher, cipherSpec), //$NON-NLS-1$
                    QmgrMessages.Profile_unknownCipherFix));
        } else if (javaCipherSuite().isEmpty()) {
            findings.add(Finding.error(UNKNOWN_CIPHERSPEC, "cipherSpec", NLS.bind(QmgrMessages.Profile_noJavaSuite, cipherSpec), //$NON-NLS-1$
                    QmgrMessages.Profile_unknownCipherFix));
        }
        if (timeoutSeconds < 0 || timeoutSeconds > MAXIMUM_TIMEOUT_SECONDS) {
            findings.add(Finding.error(BAD_TIMEOUT, "timeoutSeconds", NLS.bind(QmgrMessages.Profile_badTimeout, timeoutSeconds, //$NON-NLS-1$
                    MAXIMUM_TIMEOUT_SECONDS), ""));  //$NON-NLS-1$
        }
        return findings;
    }
}
