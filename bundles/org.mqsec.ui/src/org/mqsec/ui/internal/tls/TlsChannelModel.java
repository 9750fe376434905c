package org.mqsec.ui.internal.tls;

import java.util.Arrays;

import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.crypto.tls.ExistingKeyRepository;

/**
 * The TLS channel wizard's model, shared by its pages: one field per {@link TlsChannelSpec} value,
 * starting from the spec's defaults, plus where to write and the key repositories' password.
 */
final class TlsChannelModel {

    String queueManager;
    QueueManagerPlatform platform;
    String host;
    int port;
    String serverKey;
    String serverSigner;
    String serverDn;
    String caDn;
    String certificateLabel;
    boolean setCertificateLabel;
    String keyRepositoryStem;
    /** The fields of page 2 the user typed (the others follow the queue manager and platform), and what they follow now. */
    final java.util.Set<String> chosen = new java.util.HashSet<>();
    private String defaultsFor;
    boolean mutualTls = true;
    String clientType;
    String clientKeystoreFormat;
    String clientDn;
    String clientKey;
    String clientLabel;
    String serverCipherSpec;
    String clientCipherSpec;
    String channel;
    String sslCauth;
    String sslPeer;
    String mcaUser;
    int maxInstances;
    int maxInstancesPerClient;
    int sharingConversations;
    String description;
    String mappedUser;
    String clientAddress;
    boolean chlauthDisabled;
    /** z/OS: the channel initiator's user, SSLTASKS, the data sets' prefix, and the job card of the RACF job. */
    String chinUser;
    int sslTasks;
    String datasetPrefix;
    String jobCard = org.mqsec.core.zos.RacfJob.DEFAULT_JOB_CARD;
    /** Existing key repositories (blank: make new ones), and what was read of them (null until read). */
    String serverRepository = ""; //$NON-NLS-1$
    String clientRepository = ""; //$NON-NLS-1$
    volatile ExistingKeyRepository existingServer;
    volatile ExistingKeyRepository existingClient;

    String folder = ""; //$NON-NLS-1$
    /** After writing, open the Apply to Queue Manager dialog with the queue manager's part of the plan. */
    boolean applyAfterwards;
    char[] password = new char[0];
    char[] confirmation = new char[0];

    TlsChannelModel() {
        TlsChannelSpec defaults = TlsChannelSpec.defaults();
        queueManager = defaults.queueManager();
        platform = defaults.platform();
        host = defaults.host();
        port = defaults.port();
        serverKey = defaults.serverKey();
        serverSigner = defaults.serverSigner();
        serverDn = defaults.serverDn();
        caDn = defaults.caDn();
        certificateLabel = defaults.certificateLabel();
        keyRepositoryStem = defaults.keyRepositoryStem();
        clientType = defaults.clientType();
        clientKeystoreFormat = defaults.clientKeystoreFormat();
        clientDn = defaults.clientDn();
        clientKey = defaults.clientKey();
        clientLabel = defaults.clientLabel();
        serverCipherSpec = defaults.serverCipherSpec();
        clientCipherSpec = defaults.clientCipherSpec();
        channel = defaults.channel();
        sslCauth = defaults.sslCauth();
        sslPeer = defaults.sslPeer();
        mcaUser = defaults.mcaUser();
        maxInstances = defaults.maxInstances();
        maxInstancesPerClient = defaults.maxInstancesPerClient();
        sharingConversations = defaults.sharingConversations();
        description = defaults.description();
        mappedUser = defaults.mappedUser();
        clientAddress = defaults.clientAddress();
        chinUser = defaults.chinUser();
        sslTasks = defaults.sslTasks();
        datasetPrefix = defaults.datasetPrefix();
        defaultsFor = queueManager + '/' + platform;
    }

    /**
     * The values that follow the queue manager's name and platform (subjects, label, SSLKEYR as a
     * path or a z/OS key ring, the channel initiator's user and the data sets' prefix) made again
     * for the name and platform of page 1, except those the user typed; nothing changes while the
     * name and platform stay as they were.
     */
    void refreshDefaults() {
        String key = queueManager + '/' + platform;
        if (key.equals(defaultsFor)) {
            return;
        }
        defaultsFor = key;
        TlsChannelModel fresh = new TlsChannelModel(queueManager, platform);
        if (chosen.contains("chinUser")) { //$NON-NLS-1$
            fresh.chinUser = chinUser;
        }
        TlsChannelSpec spec = fresh.spec();
        serverDn = chosen.contains("serverDn") ? serverDn : spec.serverDn(); //$NON-NLS-1$
        caDn = chosen.contains("caDn") ? caDn : spec.caDn(); //$NON-NLS-1$
        certificateLabel = chosen.contains("certificateLabel") ? certificateLabel : spec.certificateLabel(); //$NON-NLS-1$
        keyRepositoryStem = chosen.contains("keyRepositoryStem") ? keyRepositoryStem : spec.keyRepositoryStem(); //$NON-NLS-1$
        chinUser = spec.chinUser();
        datasetPrefix = chosen.contains("datasetPrefix") ? datasetPrefix : spec.datasetPrefix(); //$NON-NLS-1$
    }

    /** A model of defaults for a queue manager and platform, to tell a default value from a chosen one. */
    private TlsChannelModel(String queueManager, QueueManagerPlatform platform) {
        this();
        this.queueManager = queueManager;
        this.platform = platform;
        this.keyRepositoryStem = null;
        this.certificateLabel = null;
        this.serverDn = null;
        this.caDn = null;
        this.chinUser = null;
        this.datasetPrefix = null;
    }

    /** The spec the pages describe now, with defaults for what is left empty. */
    TlsChannelSpec spec() {
        return new TlsChannelSpec(queueManager, platform, host, port, serverKey, serverSigner, serverDn, caDn, certificateLabel,
                setCertificateLabel, keyRepositoryStem, mutualTls, clientType, clientKeystoreFormat, clientDn, clientKey, clientLabel,
                serverCipherSpec, clientCipherSpec, channel, sslCauth, sslPeer, mcaUser, maxInstances, maxInstancesPerClient,
                sharingConversations, description, mappedUser, clientAddress, chlauthDisabled, serverRepository, clientRepository,
                existingServer == null ? null : existingServer.identity(), existingClient == null ? null : existingClient.identity(), chinUser, sslTasks, datasetPrefix)
                .withDefaults();
    }

    void clearPasswords() {
        Arrays.fill(password, '\0');
        Arrays.fill(confirmation, '\0');
    }
}
