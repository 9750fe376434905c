package org.mqsec.core.tls;

import java.util.Locale;

/**
 * What the TLS channel wizard asks for, and the JSON document {@code mqsec tls plan} reads (one
 * field per property, names as here). Empty or zero values take the defaults {@link #withDefaults()}
 * fills in; passwords are never part of it.
 *
 * @param queueManager          the queue manager's name
 * @param platform              MULTIPLATFORMS or ZOS
 * @param host                  the host clients connect to (CONNAME, and the server certificate's DNS name)
 * @param port                  the listener's port
 * @param serverKey             key of the queue manager's certificate: rsa3072, rsa4096, ec-p256, ec-p384...
 * @param serverSigner          "local-ca" (a new CA signs both ends' certificates) or "self-signed"
 * @param serverDn              the queue manager certificate's subject
 * @param caDn                  the local CA's subject
 * @param certificateLabel      the label of the queue manager's certificate; default ibmwebspheremq + name
 * @param setCertificateLabel   write ALTER QMGR CERTLABL (otherwise the default label rule applies)
 * @param keyRepositoryStem     SSLKEYR: the key repository's path without .p12/.kdb
 * @param mutualTls             the client presents a certificate (SSLCAUTH(REQUIRED))
 * @param clientType            "java" (Java/JMS) or "c" (C, .NET unmanaged)
 * @param clientKeystoreFormat  pkcs12 or jks (Java); pkcs12 (C)
 * @param clientDn              the client certificate's subject
 * @param clientKey             key of the client's certificate
 * @param clientLabel           the client certificate's label (C clients look for ibmwebspheremq + user)
 * @param serverCipherSpec      SSLCIPH of the SVRCONN channel
 * @param clientCipherSpec      SSLCIPH of the client's channel definition (CCDT, mqclient.ini, Java)
 * @param channel               the SVRCONN channel's name
 * @param sslCauth              REQUIRED or OPTIONAL
 * @param sslPeer               the channel's SSLPEER filter; default the client certificate's DN
 * @param mcaUser               the channel's MCAUSER
 * @param maxInstances          MAXINST
 * @param maxInstancesPerClient MAXINSTC
 * @param sharingConversations  SHARECNV
 * @param description           DESCR
 * @param mappedUser            the low-privilege user the SSLPEERMAP record maps the client's certificate to
 * @param clientAddress         optional ADDRESS restriction for that record
 * @param chlauthDisabled       the queue manager is known to have CHLAUTH(DISABLED)
 * @param serverRepository      an existing key repository for the queue manager, whose certificate under
 *                              {@code certificateLabel} is used; blank for a new one
 * @param clientRepository      an existing client keystore, whose certificate under {@code clientLabel}
 *                              is used; blank for a new one
 * @param existingServer        what was read from {@code serverRepository} (filled in by reading it)
 * @param existingClient        what was read from {@code clientRepository} (filled in by reading it)
 * @param chinUser              z/OS: the channel initiator's user ID, which owns the key ring and the queue manager's certificate
 * @param sslTasks              z/OS: SSLTASKS, the channel initiator's TLS server subtasks
 * @param datasetPrefix         z/OS: the high-level qualifiers of the data sets the RACF job exports to and reads from
 */
public record TlsChannelSpec(String queueManager, QueueManagerPlatform platform, String host, int port, String serverKey,
        String serverSigner, String serverDn, String caDn, String certificateLabel, boolean setCertificateLabel,
        String keyRepositoryStem, boolean mutualTls, String clientType, String clientKeystoreFormat, String clientDn,
        String clientKey, String clientLabel, String serverCipherSpec, String clientCipherSpec, String channel,
        String sslCauth, String sslPeer, String mcaUser, int maxInstances, int maxInstancesPerClient,
        int sharingConversations, String description, String mappedUser, String clientAddress, boolean chlauthDisabled,
        String serverRepository, String clientRepository, ExistingIdentity existingServer, ExistingIdentity existingClient,
        String chinUser, int sslTasks, String datasetPrefix) {

    public static final String LOCAL_CA = "local-ca"; //$NON-NLS-1$
    public static final String SELF_SIGNED = "self-signed"; //$NON-NLS-1$
    public static final String JAVA = "java"; //$NON-NLS-1$
    public static final String C = "c"; //$NON-NLS-1$

    /** A spec of nothing but defaults: what a new plan starts from (mutual TLS on). */
    public static TlsChannelSpec defaults() {
        return new TlsChannelSpec(null, null, null, 0, null, null, null, null, null, false, null, true, null, null, null, null, null,
                null, null, null, null, null, null, 0, 0, 0, null, null, null, false, null, null, null, null, null, 0, null).withDefaults();
    }

    /**
     * The same spec with every empty value replaced by what an MQ administrator would choose, and the
     * subjects, keys and labels of existing certificates taken from what was read of them.
     */
    public TlsChannelSpec withDefaults() {
        String qm = or(queueManager, "QM1"); //$NON-NLS-1$
        String lower = qm.toLowerCase(Locale.ROOT);
        boolean zos = platform == QueueManagerPlatform.ZOS;
        String serverStore = serverRepository == null ? "" : serverRepository.strip(); //$NON-NLS-1$
        String clientStore = clientRepository == null ? "" : clientRepository.strip(); //$NON-NLS-1$
        ExistingIdentity server = serverStore.isEmpty() ? null : existingServer;
        ExistingIdentity client = clientStore.isEmpty() || !mutualTls ? null : existingClient;
        String clientSubject = client != null ? client.subject() : or(clientDn, "CN=app1,OU=Applications,O=Example"); //$NON-NLS-1$
        String cipher = or(serverCipherSpec, "ANY_TLS12_OR_HIGHER"); //$NON-NLS-1$
        // z/OS: the channel initiator's started task user; a queue manager name of up to 4 characters (z/OS) leaves room for CHIN
        String chin = or(chinUser, qm.length() <= 4 ? qm + "CHIN" : "CHINUSER").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        return new TlsChannelSpec(qm, platform == null ? QueueManagerPlatform.MULTIPLATFORMS : platform,
                or(host, "localhost"), port == 0 ? 1414 : port, server != null ? keyId(server) : or(serverKey, "rsa3072"), //$NON-NLS-1$ //$NON-NLS-2$
                or(serverSigner, LOCAL_CA), server != null ? server.subject() : or(serverDn, "CN=" + lower + ",OU=MQ,O=Example"), //$NON-NLS-1$ //$NON-NLS-2$
                or(caDn, "CN=" + qm + " TLS CA " + uniqueCaSuffix() + ",OU=MQ,O=Example"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                server != null ? server.label() : or(certificateLabel, zos ? "ibmWebSphereMQ" + qm : "ibmwebspheremq" + lower), //$NON-NLS-1$ //$NON-NLS-2$
                setCertificateLabel, or(keyRepositoryStem, zos ? qm + "RING" : "/var/mqm/qmgrs/" + qm + "/ssl/key"), mutualTls, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                or(clientType, JAVA), or(clientKeystoreFormat, "pkcs12"), clientSubject, //$NON-NLS-1$
                client != null ? keyId(client) : or(clientKey, "rsa3072"), //$NON-NLS-1$
                client != null ? client.label() : or(clientLabel, "ibmwebspheremqapp1"), cipher, or(clientCipherSpec, cipher), //$NON-NLS-1$
                or(channel, "APP1.SVRCONN"), //$NON-NLS-1$
                or(sslCauth, mutualTls ? "REQUIRED" : "OPTIONAL"), sslPeer == null ? (mutualTls ? clientSubject : "") : sslPeer, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                or(mcaUser, "nobody"), maxInstances == 0 ? 100 : maxInstances, //$NON-NLS-1$
                maxInstancesPerClient == 0 ? 20 : maxInstancesPerClient, sharingConversations == 0 ? 10 : sharingConversations,
                description == null ? "" : description, or(mappedUser, "app1"), clientAddress == null ? "" : clientAddress, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                chlauthDisabled, serverStore, clientStore, server, client, chin, sslTasks == 0 ? 8 : sslTasks,
                or(datasetPrefix, chin + ".MQSEC")); //$NON-NLS-1$
    }

    /**
     * Eight hex digits that make each plan's CA name its own. Every plan makes a new CA key; with one
     * name for all of them, a keystore from an earlier plan looks as if it trusted the new CA, and
     * tools that look CAs up by name pick the wrong one. (The queue manager name is at most 48
     * characters, so the CN stays within the 64 that X.509 allows.)
     */
    private static String uniqueCaSuffix() {
        return String.format("%08x", new java.security.SecureRandom().nextInt()); //$NON-NLS-1$
    }

    /** The same spec with what was read of the existing key repositories. */
    public TlsChannelSpec withExisting(ExistingIdentity server, ExistingIdentity client) {
        return new TlsChannelSpec(queueManager, platform, host, port, serverKey, serverSigner, serverDn, caDn, certificateLabel,
                setCertificateLabel, keyRepositoryStem, mutualTls, clientType, clientKeystoreFormat, clientDn, clientKey, clientLabel,
                serverCipherSpec, clientCipherSpec, channel, sslCauth, sslPeer, mcaUser, maxInstances, maxInstancesPerClient,
                sharingConversations, description, mappedUser, clientAddress, chlauthDisabled, serverRepository, clientRepository,
                server, client, chinUser, sslTasks, datasetPrefix);
    }

    /** Whether the queue manager's certificate comes from an existing key repository. */
    public boolean existingServerCertificate() {
        return existingServer != null;
    }

    /** Whether the client's certificate comes from an existing keystore. */
    public boolean existingClientCertificate() {
        return existingClient != null;
    }

    /** A key id (rsa2048, ec-p256...) describing an existing certificate's key. */
    private static String keyId(ExistingIdentity identity) {
        return identity.keyType() == CertificateKeyType.EC ? "ec-p" + identity.keySize() : "rsa" + identity.keySize(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The key type a key id (rsa3072, ec-p256...) gives a certificate. */
    public static CertificateKeyType keyType(String keyId) {
        return keyId != null && keyId.toLowerCase(Locale.ROOT).startsWith("ec") ? CertificateKeyType.EC : CertificateKeyType.RSA; //$NON-NLS-1$
    }
}
