package org.mqsec.cli.internal;

import org.mqsec.crypto.certificates.CertificateProfile;

import picocli.CommandLine.Command;

/** {@code mqsec keystore ca FILE}: a local CA (key and self-signed CA certificate, ten years by default). */
@Command(name = "ca", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreCaCommand extends KeystoreGenkeyCommand {

    @Override
    CertificateProfile profile() {
        return CertificateProfile.CA;
    }

    @Override
    int defaultDays() {
        return 3650;
    }
}
