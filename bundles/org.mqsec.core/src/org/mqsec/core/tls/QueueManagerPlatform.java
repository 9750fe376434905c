package org.mqsec.core.tls;

/** Where a queue manager runs, as far as TLS setup differs: key repository, re-enabling, CipherSpecs. */
public enum QueueManagerPlatform {
    /** AIX, Linux, Windows (IBM's "Multiplatforms"). */
    MULTIPLATFORMS,
    /** IBM MQ for z/OS: RACF key rings, channel initiator JCL. */
    ZOS
}
