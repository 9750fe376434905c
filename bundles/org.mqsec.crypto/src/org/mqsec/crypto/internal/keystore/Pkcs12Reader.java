package org.mqsec.crypto.internal.keystore;

import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * Reads PKCS#12 at the structure level (Bouncy Castle's PFX parser), not through a JCA KeyStore:
 * the JDK's and BC's KeyStores hide certificates that lack Oracle's trust attribute, so an OpenSSL
 * {@code -nokeys} trust bundle would look empty. Keys are never decrypted: listing needs only the
 * certificates, which keeps opening large files fast.
 */
final class Pkcs12Reader implements KeyRepositoryReader {

    /** Oracle's "trusted key usage" bag attribute: the JDK writes it on trusted-certificate entries. */
    private static final ASN1ObjectIdentifier ORACLE_TRUSTED_KEY_USAGE = new ASN1ObjectIdentifier(
            "2.16.840.1.113894.746875.1.1"); //$NON-NLS-1$

    private record CertBag(X509Certificate cert, String friendlyName, String localKeyId, boolean trusted) {
    }

    /** {@code key} is the decrypted key when reading for editing, else null. */
    private record KeyBag(String friendlyName, String localKeyId, EntryKind kind, String algorithm, int size,
            java.security.Key key) {
    }

    private record Bags(List<CertBag> certs, List<KeyBag> keys, List<String> keyProtection, boolean emptyPassword) {
    }

    @Override
    public KeyRepositoryFormat format() {
        return KeyRepositoryFormat.PKCS12;
    }

    @Override
    public ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Progress_reading, file.name()), 100);
        Pfx pfx;
        PKCS12PfxPdu pdu;
        ContentInfo[] contents;
        try {
            pfx = Pfx.getInstance(file.asn1());
            pdu = new PKCS12PfxPdu(pfx);
            contents = pdu.getContentInfos();
        } catch (RuntimeException e) {
            throw file.corrupt(e);
        }
        boolean encrypted = false;
        for (ContentInfo content : contents) {
            encrypted |= PKCSObjectIdentifiers.encryptedData.equals(content.getContentType());
        }
        progress.worked(5);
        Bags bags;
        List<String> warnings = new ArrayList<>();
        if (pdu.hasMac() || encrypted) {
            // openssl pkcs12 -passout pass: writes files under the empty password: they open without asking
            bags = PasswordAttempts.runTryingEmptyFirst(file, passwords, password -> open(file, pdu, contents, password,
                    withKeys, progress.split(60)));
            if (bags.emptyPassword()) {
                warnings.add(Messages.Warning_emptyPassword);
            }
        } else {
            bags = decode(file, contents, null, withKeys, progress.split(60));
        }
        String protection = protection(pfx, contents, bags.keyProtection(), warnings);
        return assemble(bags, protection, warnings, progress.split(35));
    }

    private Bags open(RepositoryFile file, PKCS12PfxPdu pdu, ContentInfo[] contents, char[] password,
            boolean withKeys, SubMonitor progress) throws PasswordAttempts.WrongPassword, KeyRepositoryException {
        if (pdu.hasMac()) {
            boolean macValid;
            try {
                macValid = Pkcs12Mac.isValid(pdu.toASN1Structure(), password);
            } catch (Pkcs12Mac.UnsupportedMac e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.UNSUPPORTED_FORMAT,
                        Messages.bind(Messages.Problem_unsupportedMac, file.name(), e.getMessage()),
                        Messages.Advice_unsupportedMac, e);
            } catch (RuntimeException e) {
                throw file.corrupt(e);
            }
            if (!macValid) {
                // The MAC fails for a wrong password and for altered content alike. If the password
                // decrypts the content cleanly, the password is right and the file was altered.
                if (encryptedContentDecrypts(contents, password)) {
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT,
                            Messages.bind(Messages.Problem_integrity, file.name()), Messages.Advice_corrupt);
                }
                throw new PasswordAttempts.WrongPassword();
            }
        }
        try {
            return decode(file, contents, password, withKeys, progress);
        } catch (DecryptionFailed e) {
            if (pdu.hasMac()) {
                throw file.corrupt(e.getCause()); // the MAC accepted the password: the content is bad
            }
            throw new PasswordAttempts.WrongPassword();
        }
    }

    private static final class DecryptionFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DecryptionFailed(Throwable cause) {
            super(cause);
        }
    }

    private static boolean encryptedContentDecrypts(ContentInfo[] contents, char[] password) {
        boolean any = false;
        for (ContentInfo content : contents) {
            if (PKCSObjectIdentifiers.encryptedData.equals(content.getContentType())) {
                any = true;
                try {
                    new PKCS12SafeBagFactory(content, decryptor(password)).getSafeBags();
                } catch (PKCSException | RuntimeException e) {
                    return false;
                }
            }
        }
        return any;
    }

    private static InputDecryptorProvider decryptor(char[] password) {
        return new JdkPbeDecryptorProvider(password);
    }

    private Bags decode(RepositoryFile file, ContentInfo[] contents, char[] password, boolean withKeys,
            SubMonitor progress) throws KeyRepositoryException {
        List<PKCS12SafeBag> all = new ArrayList<>();
        for (ContentInfo content : contents) {
            try {
                PKCS12SafeBagFactory factory;
                if (PKCSObjectIdentifiers.encryptedData.equals(content.getContentType())) {
                    try {
                        factory = new PKCS12SafeBagFactory(content, decryptor(password));
                    } catch (PKCSException e) {
                        throw new DecryptionFailed(e);
                    }
                } else {
                    factory = new PKCS12SafeBagFactory(content);
                }
                all.addAll(List.of(factory.getSafeBags()));
            } catch (DecryptionFailed e) {
                throw e;
            } catch (RuntimeException e) {
                // PKCS#12 content we cannot parse, or encrypted data whose plaintext is not bags
                throw failure(file, password, e);
            }
        }
        progress.setWorkRemaining(all.size());
        List<CertBag> certs = new ArrayList<>();
        List<KeyBag> keys = new ArrayList<>();
        List<String> keyProtection = new ArrayList<>();
        for (PKCS12SafeBag bag : all) {
            if (progress.isCanceled()) {
                throw KeyRepositoryFiles.cancelled();
            }
            ASN1ObjectIdentifier type = bag.getType();
            String friendlyName = friendlyName(bag);
            String localKeyId = localKeyId(bag);
            try {
                if (PKCSObjectIdentifiers.certBag.equals(type)) {
                    if (bag.getBagValue() instanceof X509CertificateHolder holder) {
                        X509Certificate cert;
                        try {
                            cert = X509Parsing.certificate(holder.getEncoded());
                        } catch (CertificateException e) {
                            // decrypted and parsed as a bag, so the password is right: this certificate is refused
                            throw X509Parsing.unreadable(Messages.bind(Messages.Problem_bagName, file.name(),
                                    friendlyName == null ? "" : friendlyName), e); //$NON-NLS-1$
                        }
                        certs.add(new CertBag(cert, friendlyName, localKeyId, hasAttribute(bag, ORACLE_TRUSTED_KEY_USAGE)));
                    }
                } else if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(type)) {
                    PKCS8EncryptedPrivateKeyInfo info = (PKCS8EncryptedPrivateKeyInfo) bag.getBagValue();
                    keyProtection.add(AlgorithmNames.describePbe(info.getEncryptionAlgorithm()));
                    java.security.Key key = withKeys && password != null
                            ? privateKey(info.decryptPrivateKeyInfo(decryptor(password))) : null;
                    keys.add(new KeyBag(friendlyName, localKeyId, EntryKind.PRIVATE_KEY_ONLY, null, 0, key));
                } else if (PKCSObjectIdentifiers.keyBag.equals(type)) {
                    PrivateKeyInfo info = (PrivateKeyInfo) bag.getBagValue();
                    keys.add(new KeyBag(friendlyName, localKeyId, EntryKind.PRIVATE_KEY_ONLY,
                            AlgorithmNames.name(info.getPrivateKeyAlgorithm().getAlgorithm()), 0,
                            withKeys ? privateKey(info) : null));
                } else if (PKCSObjectIdentifiers.secretBag.equals(type)) {
                    keys.add(secretKey(bag, friendlyName, localKeyId, password, withKeys));
                }
            } catch (KeyRepositoryException e) {
                throw e;
            } catch (java.io.IOException | PKCSException | RuntimeException e) {
                throw failure(file, password, e);
            }
            progress.worked(1);
        }
        return new Bags(certs, keys, keyProtection, password != null && password.length == 0);
    }

    /** Unparseable content after decryption hints at a wrong password; without encryption it is damage. */
    private static KeyRepositoryException failure(RepositoryFile file, char[] password, Exception e) {
        if (password != null) {
            throw new DecryptionFailed(e);
        }
        return file.corrupt(e);
    }

    /**
     * The JDK stores a secret key as a secretBag holding a PKCS#8-shrouded key whose algorithm OID
     * names the key type. It is decrypted only to tell the algorithm and size.
     */
    private static KeyBag secretKey(PKCS12SafeBag bag, String friendlyName, String localKeyId, char[] password,
            boolean withKeys) {
        String algorithm = ""; //$NON-NLS-1$
        int size = 0;
        java.security.Key key = null;
        try {
            ASN1Sequence secretBag = ASN1Sequence.getInstance(bag.getBagValue());
            ASN1Encodable value = ASN1TaggedObject.getInstance(secretBag.getObjectAt(1)).getExplicitBaseObject();
            ASN1Encodable inner = value instanceof ASN1OctetString octets
                    ? org.bouncycastle.asn1.ASN1Primitive.fromByteArray(octets.getOctets()) : value;
            if (password != null) {
                PrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(inner))
                        .decryptPrivateKeyInfo(decryptor(password));
                algorithm = secretAlgorithmName(info.getPrivateKeyAlgorithm().getAlgorithm());
                byte[] octets = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
                size = octets.length * 8;
                if (withKeys) {
                    key = new javax.crypto.spec.SecretKeySpec(octets, algorithm);
                }
            }
        } catch (Exception e) {
            // the entry is listed without algorithm; nothing else depends on it
        }
        return new KeyBag(friendlyName, localKeyId, EntryKind.SECRET_KEY, algorithm, size, key);
    }

    /** A decrypted PKCS#8 key as a JCA key, through the JDK's key factories (RSA, EC, EdDSA, DSA). */
    private static java.security.PrivateKey privateKey(PrivateKeyInfo info) throws java.io.IOException {
        return new org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter().getPrivateKey(info);
    }

    private static String secretAlgorithmName(ASN1ObjectIdentifier oid) {
        String id = oid.getId();
        if (id.startsWith("2.16.840.1.101.3.4.1.")) { //$NON-NLS-1$
            return "AES"; //$NON-NLS-1$
        }
        return AlgorithmNames.name(oid);
    }

    private ReadResult assemble(Bags bags, String protection, List<String> warnings, SubMonitor progress) {
        progress.setWorkRemaining(bags.keys().size() + bags.certs().size());
        List<X509Certificate> allCerts = bags.certs().stream().map(CertBag::cert).toList();
        ChainBuilder chains = new ChainBuilder(allCerts);
        Map<String, CertBag> certByKeyId = new LinkedHashMap<>();
        for (CertBag cert : bags.certs()) {
            if (cert.localKeyId() != null) {
                certByKeyId.putIfAbsent(cert.localKeyId(), cert);
            }
        }
        UniqueAliases aliases = new UniqueAliases();
        List<ReadResult.ReadEntry> entries = new ArrayList<>();
        Set<X509Certificate> usedByKeys = new HashSet<>();
        int keyNumber = 0;
        for (KeyBag key : bags.keys()) {
            keyNumber++;
            CertBag cert = key.localKeyId() == null ? null : certByKeyId.get(key.localKeyId());
            if (key.kind() == EntryKind.SECRET_KEY || cert == null) {
                String alias = key.friendlyName() != null ? aliases.stored(key.friendlyName())
                        : aliases.derived(null, "key-", keyNumber); //$NON-NLS-1$
                entries.add(new ReadResult.ReadEntry(alias, key.kind(), List.of(), key.algorithm(), key.size(), key.key()));
                continue;
            }
            List<X509Certificate> chain = chains.complete(List.of(cert.cert()));
            usedByKeys.addAll(chain);
            String name = key.friendlyName() != null ? key.friendlyName() : cert.friendlyName();
            String alias = name != null ? aliases.stored(name)
                    : aliases.derived(CertificateFacts.commonName(cert.cert().getSubjectX500Principal()), "key-", keyNumber); //$NON-NLS-1$
            entries.add(new ReadResult.ReadEntry(alias, EntryKind.PERSONAL, chain, null, 0, key.key()));
            progress.worked(1);
        }
        Set<String> keyIds = new HashSet<>();
        bags.keys().forEach(k -> keyIds.add(k.localKeyId()));
        int certNumber = 0;
        for (CertBag cert : bags.certs()) {
            certNumber++;
            boolean isKeyCertificate = cert.localKeyId() != null && keyIds.contains(cert.localKeyId());
            boolean chainMemberOnly = usedByKeys.contains(cert.cert()) && cert.friendlyName() == null && !cert.trusted();
            if (isKeyCertificate || chainMemberOnly) {
                continue;
            }
            String alias = cert.friendlyName() != null ? aliases.stored(cert.friendlyName())
                    : aliases.derived(CertificateFacts.commonName(cert.cert().getSubjectX500Principal()),
                            "certificate-", certNumber); //$NON-NLS-1$
            entries.add(new ReadResult.ReadEntry(alias, EntryKind.TRUSTED_CERTIFICATE, List.of(cert.cert()), null, 0, null));
            progress.worked(1);
        }
        // a file protected with anything weak (3DES, RC2, a SHA-1 MAC) was made that way for an old reader:
        // saving it keeps it readable by that reader
        Pkcs12Profile profile = AlgorithmNames.isWeak(protection) ? Pkcs12Profile.COMPATIBLE : Pkcs12Profile.MODERN;
        return new ReadResult(KeyRepositoryFormat.PKCS12, protection, warnings, entries, allCerts, profile);
    }

    private static String protection(Pfx pfx, ContentInfo[] contents, List<String> keyProtection, List<String> warnings) {
        List<String> parts = new ArrayList<>();
        MacData mac = pfx.getMacData();
        if (mac != null) {
            String macText = Pkcs12Mac.isPbmac1(mac)
                    ? Messages.bind(Messages.Protection_pbmac1, AlgorithmNames.describePbmac1(mac.getMac().getAlgorithmId()))
                    : Messages.bind(Messages.Protection_mac,
                            AlgorithmNames.name(mac.getMac().getAlgorithmId().getAlgorithm()), mac.getIterationCount());
            parts.add(macText);
            if (AlgorithmNames.isWeak(macText)) {
                warnings.add(Messages.bind(Messages.Warning_weakProtection, macText));
            }
        } else {
            parts.add(Messages.Protection_noMac);
            warnings.add(Messages.Warning_noMac);
        }
        for (ContentInfo content : contents) {
            if (PKCSObjectIdentifiers.encryptedData.equals(content.getContentType())) {
                String algorithm = AlgorithmNames.describePbe(EncryptedData.getInstance(content.getContent())
                        .getEncryptionAlgorithm());
                String text = Messages.bind(Messages.Protection_certificates, algorithm);
                parts.add(text);
                if (AlgorithmNames.isWeak(algorithm)) {
                    warnings.add(Messages.bind(Messages.Warning_weakProtection, text));
                }
            }
        }
        for (String algorithm : new java.util.LinkedHashSet<>(keyProtection)) {
            String text = Messages.bind(Messages.Protection_keys, algorithm);
            parts.add(text);
            if (AlgorithmNames.isWeak(algorithm)) {
                warnings.add(Messages.bind(Messages.Warning_weakProtection, text));
            }
        }
        return String.join("; ", parts); //$NON-NLS-1$
    }

    private static String friendlyName(PKCS12SafeBag bag) {
        for (Attribute attribute : attributes(bag)) {
            if (PKCSObjectIdentifiers.pkcs_9_at_friendlyName.equals(attribute.getAttrType())
                    && attribute.getAttrValues().size() > 0) {
                return DERBMPString.getInstance(attribute.getAttrValues().getObjectAt(0)).getString();
            }
        }
        return null;
    }

    private static String localKeyId(PKCS12SafeBag bag) {
        for (Attribute attribute : attributes(bag)) {
            if (PKCSObjectIdentifiers.pkcs_9_at_localKeyId.equals(attribute.getAttrType())
                    && attribute.getAttrValues().size() > 0) {
                return java.util.HexFormat.of().formatHex(
                        ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets());
            }
        }
        return null;
    }

    private static boolean hasAttribute(PKCS12SafeBag bag, ASN1ObjectIdentifier type) {
        for (Attribute attribute : attributes(bag)) {
            if (type.equals(attribute.getAttrType())) {
                return true;
            }
        }
        return false;
    }

    private static Attribute[] attributes(PKCS12SafeBag bag) {
        Attribute[] attributes = bag.getAttributes();
        return attributes == null ? new Attribute[0] : attributes;
    }

    static CertificateFactory x509Factory() {
        try {
            return CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
