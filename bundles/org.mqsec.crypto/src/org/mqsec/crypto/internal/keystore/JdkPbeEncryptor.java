package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEParameterSpec;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * Encrypts one PKCS#12 bag or content with the JDK's own PBE ciphers, the counterpart of
 * {@link JdkPbeDecryptorProvider}: what the JDK writes, the JDK, keytool and OpenSSL read. Use one
 * instance per bag: each has its own salt and IV.
 */
final class JdkPbeEncryptor implements OutputEncryptor {

    static final int MODERN_ITERATIONS = 10_000;
    static final int COMPATIBLE_ITERATIONS = 2_048;

    private final Cipher cipher;
    private final SecretKey key;
    private final AlgorithmIdentifier algorithm;

    JdkPbeEncryptor(Pkcs12Profile profile, char[] password, SecureRandom random) throws IOException {
        try {
            key = JdkPbeDecryptorProvider.passwordKey(password);
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            if (profile == Pkcs12Profile.MODERN) {
                byte[] iv = new byte[16];
                random.nextBytes(iv);
                cipher = Cipher.getInstance("PBEWithHmacSHA256AndAES_256"); //$NON-NLS-1$
                cipher.init(Cipher.ENCRYPT_MODE, key,
                        new PBEParameterSpec(salt, MODERN_ITERATIONS, new IvParameterSpec(iv)), random);
                algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, PBES2Parameters
                        .getInstance(ASN1Primitive.fromByteArray(cipher.getParameters().getEncoded())));
            } else {
                cipher = Cipher.getInstance("PBEWithSHA1AndDESede"); //$NON-NLS-1$
                cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, COMPATIBLE_ITERATIONS), random);
                algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                        new PKCS12PBEParams(salt, COMPATIBLE_ITERATIONS));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public OutputStream getOutputStream(OutputStream encrypted) {
        return new CipherOutputStream(encrypted, cipher);
    }

    @Override
    public GenericKey getKey() {
        return new JceGenericKey(algorithm, key);
    }
}
