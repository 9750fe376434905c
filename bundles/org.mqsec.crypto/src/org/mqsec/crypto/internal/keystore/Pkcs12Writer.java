package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * Writes PKCS#12 with the profile's algorithms chosen explicitly (not through JVM-wide system
 * properties, which inside MQ Explorer would change every other keystore the JVM writes). Layout as
 * the JDK and OpenSSL write it: keys in shrouded bags, certificates in one encrypted bag; the end
 * entity certificate and its key share a localKeyId; trusted certificates carry the JDK's trust
 * attribute so that keytool and Java list them.
 */
public final class Pkcs12Writer {

    private static final org.bouncycastle.asn1.ASN1ObjectIdentifier ORACLE_TRUSTED_KEY_USAGE =
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.16.840.1.113894.746875.1.1"); //$NON-NLS-1$

    private Pkcs12Writer() {
    }

    public static byte[] write(List<Entry> entries, Pkcs12Profile profile, char[] password)
            throws OperatorCreationException, IOException, KeyRepositoryException {
        SecureRandom random = new SecureRandom();
        List<PKCS12SafeBag> keyBags = new ArrayList<>();
        Set<X509Certificate> chainCertificates = new LinkedHashSet<>();
        List<PKCS12SafeBag> certBags = new ArrayList<>();
        Set<X509Certificate> withBags = new java.util.HashSet<>();
        for (Entry entry : entries) {
            DERBMPString friendlyName = new DERBMPString(entry.alias());
            if (entry instanceof KeyEntry key) {
                DEROctetString localKeyId = new DEROctetString(localKeyId(key));
                keyBags.add(new JcaPKCS12SafeBagBuilder(key.key(), new JdkPbeEncryptor(profile, password, random))
                        .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                        .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build());
                if (!key.chain().isEmpty()) {
                    X509Certificate leaf = key.chain().get(0);
                    certBags.add(certificateBag(leaf)
                            .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                            .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId).build());
                    withBags.add(leaf);
                    chainCertificates.addAll(key.chain().subList(1, key.chain().size()));
                }
            } else if (entry instanceof CertificateEntry cert) {
                certBags.add(certificateBag(cert.certificate())
                        .addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, friendlyName)
                        .addBagAttribute(ORACLE_TRUSTED_KEY_USAGE, KeyPurposeId.anyExtendedKeyUsage) // the builder wraps it in the SET
                        .build());
                withBags.add(cert.certificate());
            } else {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                        Messages.bind(Messages.Problem_cannotHold, "PKCS#12", Messages.EntryKind_secret), //$NON-NLS-1$
                        Messages.Advice_cannotHold);
            }
        }
        for (X509Certificate cert : chainCertificates) {
            if (withBags.add(cert)) {
                certBags.add(certificateBag(cert).build()); // chain member: no name, as the JDK writes it
            }
        }
        PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
        for (PKCS12SafeBag keyBag : keyBags) {
            pfx.addData(keyBag); // shrouded already; one content per key, as OpenSSL writes it
        }
        if (!certBags.isEmpty()) {
            pfx.addEncryptedData(new JdkPbeEncryptor(profile, password, random), certBags.toArray(PKCS12SafeBag[]::new));
        }
        BcPKCS12MacCalculatorBuilder mac = profile == Pkcs12Profile.MODERN
                ? new BcPKCS12MacCalculatorBuilder(new SHA256Digest(),
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
                : new BcPKCS12MacCalculatorBuilder();
        mac.setIterationCount(profile == Pkcs12Profile.MODERN ? JdkPbeEncryptor.MODERN_ITERATIONS
                : JdkPbeEncryptor.COMPATIBLE_ITERATIONS);
        try {
            return pfx.build(mac, password).getEncoded(ASN1Encoding.DER);
        } catch (PKCSException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static PKCS12SafeBagBuilder certificateBag(X509Certificate cert) throws IOException {
        return new JcaPKCS12SafeBagBuilder(cert);
    }

    /** SHA-1 of the certificate (or, for a key without one, of its encoding), as OpenSSL sets it. */
    private static byte[] localKeyId(KeyEntry key) throws IOException {
        try {
            byte[] basis = key.chain().isEmpty() ? key.key().getEncoded() : key.chain().get(0).getEncoded();
            return MessageDigest.getInstance("SHA-1").digest(basis); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

}
