package org.mqsec.core.tls;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;

/**
 * Whether a CipherSpec can work: on its own (deprecated, platform, IBM's recommendation), with a
 * certificate's key, and against the CipherSpec at the other end of the channel. Rules:
 * shared/reference/mq-security.md 1.2 (aliases, minimum and fixed protocol), 1.4 (re-enabling) and
 * 1.5 (key types).
 */
public final class CipherSpecCompatibility {

    private static final String IBM_I = "IBM i"; //$NON-NLS-1$

    private CipherSpecCompatibility() {
    }

    /** What to know about a CipherSpec on a queue manager of this platform. */
    public static List<Finding> of(CipherSpec spec, QueueManagerPlatform platform) {
        List<Finding> findings = new ArrayList<>();
        if (IBM_I.equals(spec.platforms())) {
            findings.add(Finding.error(Messages.bind(Messages.Cipher_ibmIOnly, spec.name()), Messages.Cipher_useRecommendedFix));
        } else if (platform == QueueManagerPlatform.ZOS && !"All".equals(spec.platforms())) { //$NON-NLS-1$
            findings.add(Finding.error(Messages.bind(Messages.Cipher_notOnZos, spec.name(), spec.platforms()),
                    Messages.Cipher_notOnZosFix));
        }
        if (spec.deprecated()) {
            findings.add(Finding.warning(Messages.bind(Messages.Cipher_deprecated, spec.name(), spec.deprecatedSince()),
                    reEnable(spec, platform)));
        } else if (!spec.minimumProtocol()) {
            findings.add(Finding.info(Messages.bind(Messages.Cipher_recommend, spec.name()), Messages.Cipher_useRecommendedFix));
        }
        return findings;
    }

    /** How to make MQ accept a deprecated CipherSpec, and the better way out. */
    public static String reEnable(CipherSpec spec, QueueManagerPlatform platform) {
        if (platform == QueueManagerPlatform.ZOS) {
            return Messages.bind(Messages.Cipher_reenableZos, spec.name());
        }
        List<String> switches = new ArrayList<>();
        if (spec.protocol() == TlsProtocol.SSL_3_0) {
            switches.add(Messages.Cipher_reenableSsl3);
        }
        if (spec.protocol() == TlsProtocol.TLS_1_0) {
            switches.add(Messages.Cipher_reenableTls10);
        }
        if (spec.weak()) {
            switches.add(Messages.bind(Messages.Cipher_reenableWeak, spec.name()));
        }
        return Messages.bind(Messages.Cipher_reenableMultiplatforms, String.join("; ", switches)); //$NON-NLS-1$
    }

    /**
     * A certificate's key against what the CipherSpec needs (ECDHE_ECDSA needs EC, the RSA suites RSA).
     *
     * @param whose who presents the certificate, for the message ("the queue manager", "the client")
     */
    public static List<Finding> withCertificate(CipherSpec spec, CertificateKeyType key, String whose) {
        if (key.satisfies(spec.keyType())) {
            return List.of();
        }
        return List.of(Finding.error(Messages.bind(Messages.Cipher_keyMismatch, new Object[] { spec.name(), spec.keyType(), whose, key }),
                Messages.bind(Messages.Cipher_keyMismatchFix, spec.keyType())));
    }

    /**
     * The CipherSpecs of the two ends of a channel: the initiating end (client connection or sender)
     * and the responding end (server connection or receiver).
     */
    public static List<Finding> between(CipherSpec initiating, CipherSpec responding) {
        List<Finding> findings = new ArrayList<>();
        boolean overlap = initiating.protocol().compareTo(responding.upperBound()) <= 0
                && responding.protocol().compareTo(initiating.upperBound()) <= 0;
        if (!initiating.alias() && !responding.alias()) {
            if (!initiating.name().equals(responding.name())) {
                findings.add(Finding.error(Messages.bind(Messages.Cipher_differ, initiating.name(), responding.name()),
                        Messages.Cipher_differFix));
            }
        } else if (!overlap) {
            findings.add(Finding.error(Messages.bind(Messages.Cipher_noCommonProtocol, new Object[] { initiating.name(),
                    range(initiating), responding.name(), range(responding) }), Messages.Cipher_useRecommendedFix));
        } else if (initiating.minimumProtocol() && !responding.minimumProtocol()) {
            // IBM: a minimum-protocol CipherSpec at the initiating end with a fixed one at the responding end can be rejected
            findings.add(Finding.warning(Messages.bind(Messages.Cipher_minimumVsFixed, initiating.name(), responding.name()),
                    Messages.Cipher_useRecommendedFix));
        }
        return findings;
    }

    private static String range(CipherSpec spec) {
        return spec.highestProtocol() == null ? Messages.bind(Messages.Cipher_orHigher, spec.protocol().label())
                : spec.protocol().label();
    }
}
