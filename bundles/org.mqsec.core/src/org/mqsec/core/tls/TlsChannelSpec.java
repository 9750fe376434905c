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
 */
public record TlsChannelSpec(String queueManager, QueueManagerPlatform platform, String host, int port, String serverKey,
        String serverSigner, String serverDn, String caDn, String certificateLabel, boolean setCertificateLabel,
        String keyRepositoryStem, boolean mutualTls, String clientType, String clientKeystoreFormat, String clientDn,
        String clientKey, String clientLabel, String serverCipherSpec, String clientCipherSpec, String channel,
        String sslCauth, String sslPeer, String mcaUser, int maxInstances, int maxInstancesPerClient,
        int sharingConversations, String description, String mappedUser, String clientAddress, boolean chlauthDisabled) {

    public static final String LOCAL_CA = "local-ca"; //$NON-NLS-1$
    public static final String SELF_SIGNED = "self-signed"; //$NON-NLS-1$
    public static final String JAVA = "java"; //$NON-NLS-1$
    public static final String C = "c"; //$NON-NLS-1$

    /** The same spec with every empty value replaced by what an MQ administrator would choose. */
    public TlsChannelSpec withDefaults() {
        String qm = or(queueManager, "QM1"); //$NON-NLS-1$
        String lower = qm.toLowerCase(Locale.ROOT);
        boolean zos = platform == QueueManagerPlatform.ZOS;
        String client = or(clientDn, "CN=app1,OU=Applications,O=Example"); //$NON-NLS-1$
        String cipher = or(serverCipherSpec, "ANY_TLS12_OR_HIGHER"); //$NON-NLS-1$
        return new TlsChannelSpec(qm, platform == null ? QueueManagerPlatform.MULTIPLATFORMS : platform,
                or(host, "localhost"), port == 0 ? 1414 : port, or(serverKey, "rsa3072"), or(serverSigner, LOCAL_CA), //$NON-NLS-1$ //$NON-NLS-2$
                or(serverDn, "CN=" + lower + ",OU=MQ,O=Example"), or(caDn, "CN=" + qm + " TLS CA,OU=MQ,O=Example"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                or(certificateLabel, zos ? "ibmWebSphereMQ" + qm : "ibmwebspheremq" + lower), setCertificateLabel, //$NON-NLS-1$ //$NON-NLS-2$
                or(keyRepositoryStem, zos ? qm + "RING" : "/var/mqm/qmgrs/" + qm + "/ssl/key"), mutualTls, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                or(clientType, JAVA), or(clientKeystoreFormat, "pkcs12"), client, or(clientKey, "rsa3072"), //$NON-NLS-1$ //$NON-NLS-2$
                or(clientLabel, "ibmwebspheremqapp1"), cipher, or(clientCipherSpec, cipher), or(channel, "APP1.SVRCONN"), //$NON-NLS-1$ //$NON-NLS-2$
                or(sslCauth, mutualTls ? "REQUIRED" : "OPTIONAL"), sslPeer == null ? (mutualTls ? client : "") : sslPeer, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                or(mcaUser, "nobody"), maxInstances == 0 ? 100 : maxInstances, //$NON-NLS-1$
                maxInstancesPerClient == 0 ? 20 : maxInstancesPerClient, sharingConversations == 0 ? 10 : sharingConversations,
                description == null ? "" : description, or(mappedUser, "app1"), clientAddress == null ? "" : clientAddress, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                chlauthDisabled);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The key type a key id (rsa3072, ec-p256...) gives a certificate. */
    public static CertificateKeyType keyType(String keyId) {
        return keyId != null && keyId.toLowerCase(Locale.ROOT).startsWith("ec") ? CertificateKeyType.EC : CertificateKeyType.RSA; //$NON-NLS-1$
    }
}
