package org.mqsec.core.tls;

/** Where a queue manager runs, as far as TLS setup differs: key repository, re-enabling, CipherSpecs. */
public enum QueueManagerPlatform {
    /** AIX, Linux, Windows (IBM's "Multiplatforms"). */
    MULTIPLATFORMS,
    /** IBM MQ for z/OS: RACF key rings, channel initiator JCL. */
    ZOS;

    /** The label a queue manager looks for when CERTLABL is blank (mq-security.md: Multiplatforms in lower case). */
    public String defaultCertificateLabel(String queueManager) {
        return this == ZOS ? "ibmWebSphereMQ" + queueManager //$NON-NLS-1$
                : "ibmwebspheremq" + queueManager.toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }
}
