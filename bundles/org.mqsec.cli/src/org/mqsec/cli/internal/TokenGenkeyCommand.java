package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec token genkey --label L [--key K] [--dn DN --days N]}: a key pair generated on the
 * token (the private half sensitive and never extractable); with --dn also a self-signed certificate
 * signed on the token and written beside the key.
 */
@Command(name = "genkey", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenGenkeyCommand extends TokenChange {

    @Option(names = "--label", required = true, paramLabel = "LABEL", descriptionKey = "token-label")
    String label;

    @Option(names = "--key", paramLabel = "KEY", converter = Converters.Key.class, completionCandidates = Converters.Key.class, descriptionKey = "key")
    KeyAlgorithm key = KeyAlgorithm.RSA_3072;

    @Option(names = "--dn", paramLabel = "DN", descriptionKey = "token-dn")
    String dn;

    @Option(names = "--days", paramLabel = "DAYS", descriptionKey = "days")
    Integer days;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter out) throws KeyRepositoryException {
        SecureRandom random = new SecureRandom();
        TokenEntry entry = TokenOperations.generateKeyPair(target, pin, label, key, random);
        out.println(Messages.bind(Messages.Token_generated, new Object[] { key.id(), label, entry.id(), target.token().describe() }));
        if (dn != null) {
            CertificateTemplate template = CertificateTemplate.typed(DistinguishedName.parse(dn), List.of(),
                    CertificateProfile.TLS_SERVER_AND_CLIENT, days == null ? 365 : days, key.defaultHash());
            X509Certificate certificate = TokenOperations.selfSign(target, pin, label, template, random);
            out.println(Messages.bind(Messages.Token_selfSigned, certificate.getSubjectX500Principal().getName(), label));
        }
    }
}
