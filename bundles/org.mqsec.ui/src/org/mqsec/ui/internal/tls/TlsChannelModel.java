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
    }

    /** The spec the pages describe now, with defaults for what is left empty. */
    TlsChannelSpec spec() {
        return new TlsChannelSpec(queueManager, platform, host, port, serverKey, serverSigner, serverDn, caDn, certificateLabel,
                setCertificateLabel, keyRepositoryStem, mutualTls, clientType, clientKeystoreFormat, clientDn, clientKey, clientLabel,
                serverCipherSpec, clientCipherSpec, channel, sslCauth, sslPeer, mcaUser, maxInstances, maxInstancesPerClient,
                sharingConversations, description, mappedUser, clientAddress, chlauthDisabled, serverRepository, clientRepository,
                existingServer == null ? null : existingServer.identity(), existingClient == null ? null : existingClient.identity())
                .withDefaults();
    }

    void clearPasswords() {
        Arrays.fill(password, '\0');
        Arrays.fill(confirmation, '\0');
    }
}
