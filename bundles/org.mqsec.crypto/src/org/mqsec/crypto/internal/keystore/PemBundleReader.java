package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * PEM bundles: certificates ({@code CERTIFICATE}, {@code TRUSTED CERTIFICATE}, {@code PKCS7}) and
 * private keys (PKCS#8, traditional OpenSSL, encrypted or not). A key becomes a personal entry with
 * the certificate whose public key it matches; a password is asked only when a key is encrypted.
 */
final class PemBundleReader implements KeyRepositoryReader {

    @Override
    public KeyRepositoryFormat format() {
        return KeyRepositoryFormat.PEM;
    }

    @Override
    public ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Progress_reading, file.name()), 100);
        List<X509Certificate> certificates = new ArrayList<>();
        List<Object> plainKeys = new ArrayList<>();
        List<Object> encryptedKeys = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int block = 0;
        try (PEMParser parser = new PEMParser(new InputStreamReader(new ByteArrayInputStream(file.content()),
                StandardCharsets.ISO_8859_1))) {
            while (true) {
                Object object;
                block++;
                try {
                    object = parser.readObject();
                } catch (IOException | RuntimeException e) {
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT,
                            Messages.bind(Messages.Problem_pemBlock, file.name(), block), Messages.Advice_corrupt, e);
                }
                if (object == null) {
                    break;
                }
                if (progress.isCanceled()) {
                    throw KeyRepositoryFiles.cancelled();
                }
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(certificate(file, holder.getEncoded(), block));
                } else if (object instanceof X509TrustedCertificateBlock trusted) {
                    certificates.add(certificate(file, trusted.getCertificateHolder().getEncoded(), block));
                } else if (object instanceof org.bouncycastle.asn1.cms.ContentInfo pkcs7) {
                    for (Certificate cert : Pkcs12Reader.x509Factory()
                            .generateCertificates(new ByteArrayInputStream(pkcs7.getEncoded()))) {
                        certificates.add((X509Certificate) cert);
                    }
                } else if (object instanceof PEMKeyPair || object instanceof PrivateKeyInfo) {
                    plainKeys.add(object);
                } else if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                    encryptedKeys.add(object);
                } else {
                    skipped.merge(describe(object), 1, Integer::sum);
                }
            }
        } catch (IOException | CertificateException | ClassCastException e) {
            throw file.corrupt(e);
        }
        progress.worked(40);
        if (certificates.isEmpty() && plainKeys.isEmpty() && encryptedKeys.isEmpty()) {
            // a request, a CRL or a public key alone: nothing an administrator keeps in a key repository
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNKNOWN_FORMAT,
                    Messages.bind(Messages.Problem_pemNothing, file.name(),
                            skipped.isEmpty() ? "-" : String.join(", ", skipped.keySet())), //$NON-NLS-1$ //$NON-NLS-2$
                    Messages.Advice_pemNothing);
        }
        List<PrivateKey> keys = new ArrayList<>();
        for (Object key : plainKeys) {
            keys.add(plainKey(file, key));
        }
        if (!encryptedKeys.isEmpty()) {
            keys.addAll(PasswordAttempts.run(file, passwords, password -> decrypt(encryptedKeys, password)));
        }
        List<String> warnings = new ArrayList<>();
        if (!plainKeys.isEmpty()) {
            warnings.add(Messages.bind(Messages.Warning_unencryptedKeys, plainKeys.size()));
        }
        skipped.forEach((type, count) -> warnings.add(Messages.bind(Messages.Warning_pemSkipped, count, type)));
        return assemble(file, certificates, keys, encryptedKeys.isEmpty() ? "" //$NON-NLS-1$
                : Messages.Protection_pemEncryptedKeys, warnings, withKeys, progress.split(60));
    }

    private static X509Certificate certificate(RepositoryFile file, byte[] encoded, int block)
            throws KeyRepositoryException {
        try {
            return X509Parsing.certificate(encoded);
        } catch (CertificateException e) {
            // the armour and Base64 were fine (the block was read): it is the certificate that is refused
            throw X509Parsing.unreadable(Messages.bind(Messages.Problem_pemBlockName, file.name(), block), e);
        }
    }

    private static String describe(Object object) {
        String name = object.getClass().getSimpleName();
        return switch (name) {
            case "PKCS10CertificationRequest" -> "CERTIFICATE REQUEST"; //$NON-NLS-1$ //$NON-NLS-2$
            case "X509CRLHolder" -> "X509 CRL"; //$NON-NLS-1$ //$NON-NLS-2$
            case "SubjectPublicKeyInfo" -> "PUBLIC KEY"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> name;
        };
    }

    private static JcaPEMKeyConverter converter() {
        return new JcaPEMKeyConverter().setProvider(Providers.bouncyCastle());
    }

    private static PrivateKey plainKey(RepositoryFile file, Object key) throws KeyRepositoryException {
        try {
            return key instanceof PEMKeyPair pair ? converter().getKeyPair(pair).getPrivate()
                    : converter().getPrivateKey((PrivateKeyInfo) key);
        } catch (IOException | RuntimeException e) {
            throw file.corrupt(e);
        }
    }

    private static List<PrivateKey> decrypt(List<Object> encrypted, char[] password) throws PasswordAttempts.WrongPassword {
        List<PrivateKey> keys = new ArrayList<>();
        for (Object key : encrypted) {
            try {
                if (key instanceof PEMEncryptedKeyPair pair) {
                    keys.add(converter().getKeyPair(pair.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(Providers.bouncyCastle()).build(password)))
                            .getPrivate());
                } else {
                    PrivateKeyInfo info = ((PKCS8EncryptedPrivateKeyInfo) key).decryptPrivateKeyInfo(
                            new org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder()
                                    .setProvider(Providers.bouncyCastle()).build(password));
                    keys.add(converter().getPrivateKey(info));
                }
            } catch (Exception e) {
                throw new PasswordAttempts.WrongPassword();
            }
        }
        return keys;
    }

    private ReadResult assemble(RepositoryFile file, List<X509Certificate> certificates, List<PrivateKey> keys,
            String protection, List<String> warnings, boolean withKeys, SubMonitor progress)
            throws KeyRepositoryException {
        progress.setWorkRemaining(certificates.size() + keys.size());
        ChainBuilder chains = new ChainBuilder(certificates);
        Map<String, X509Certificate> certByPublicKey = new LinkedHashMap<>();
        for (X509Certificate cert : certificates) {
            certByPublicKey.putIfAbsent(publicKeyId(cert.getPublicKey()), cert);
        }
        UniqueAliases aliases = new UniqueAliases();
        List<ReadResult.ReadEntry> entries = new ArrayList<>();
        Set<X509Certificate> inKeyChains = new HashSet<>();
        int number = 0;
        for (PrivateKey key : keys) {
            number++;
            PublicKey publicKey = publicKeyOf(file, key);
            X509Certificate cert = publicKey == null ? null : certByPublicKey.get(publicKeyId(publicKey));
            if (cert == null) {
                CertificateFacts.KeyDescription description = publicKey == null
                        ? new CertificateFacts.KeyDescription(key.getAlgorithm(), 0, null)
                        : CertificateFacts.describeKey(publicKey);
                entries.add(new ReadResult.ReadEntry(aliases.derived(null, "key-", number), //$NON-NLS-1$
                        EntryKind.PRIVATE_KEY_ONLY, List.of(), description.algorithm(), description.size(),
                        withKeys ? key : null));
            } else {
                List<X509Certificate> chain = chains.complete(List.of(cert));
                inKeyChains.addAll(chain);
                entries.add(new ReadResult.ReadEntry(aliases.derived(
                        CertificateFacts.commonName(cert.getSubjectX500Principal()), "key-", number), //$NON-NLS-1$
                        EntryKind.PERSONAL, chain, null, 0, withKeys ? key : null));
            }
            progress.worked(1);
        }
        number = 0;
        for (X509Certificate cert : certificates) {
            number++;
            if (!inKeyChains.contains(cert)) {
                entries.add(new ReadResult.ReadEntry(aliases.derived(
                        CertificateFacts.commonName(cert.getSubjectX500Principal()), "certificate-", number), //$NON-NLS-1$
                        EntryKind.TRUSTED_CERTIFICATE, List.of(cert), null, 0, null));
            }
            progress.worked(1);
        }
        return new ReadResult(KeyRepositoryFormat.PEM, protection, warnings, entries, certificates);
    }

    private static String publicKeyId(PublicKey key) {
        // SubjectPublicKeyInfo re-encoded by BC, so keys from different providers compare equal
        return java.util.HexFormat.of().formatHex(SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes());
    }

    /** The public half of a private key: RSA keys carry it; for EC it is Q = d·G. */
    private static PublicKey publicKeyOf(RepositoryFile file, PrivateKey key) throws KeyRepositoryException {
        try {
            if (key instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance("RSA").generatePublic( //$NON-NLS-1$
                        new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (key instanceof org.bouncycastle.jce.interfaces.ECPrivateKey ec) {
                BigInteger d = ec.getD();
                return KeyFactory.getInstance("EC", Providers.bouncyCastle()).generatePublic( //$NON-NLS-1$
                        new ECPublicKeySpec(ec.getParameters().getG().multiply(d).normalize(), ec.getParameters()));
            }
            return null; // other key types are listed without their certificate
        } catch (GeneralSecurityException | RuntimeException e) {
            throw file.corrupt(e);
        }
    }
}
