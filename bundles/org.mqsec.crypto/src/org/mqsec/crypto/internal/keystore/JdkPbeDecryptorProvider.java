package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.io.InputStream;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * Decrypts PKCS#12 content with the JDK's own password-based ciphers (PBES2 and the PKCS#12 PBE
 * family), the way the JDK's PKCS12 KeyStore does. Initialising Bouncy Castle's JCA provider costs
 * about a third of a second; it is used only for an algorithm the JDK does not have.
 */
final class JdkPbeDecryptorProvider implements InputDecryptorProvider {

    private final char[] password;

    JdkPbeDecryptorProvider(char[] password) {
        this.password = password;
    }

    @Override
    public InputDecryptor get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        Cipher cipher;
        try {
            cipher = jdkCipher(algorithm);
        } catch (NoSuchAlgorithmException e) {
            return new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(Providers.bouncyCastle())
                    .build(password).get(algorithm);
        } catch (GeneralSecurityException | IOException e) {
            throw new OperatorCreationException("cannot initialise " + algorithm.getAlgorithm(), e); //$NON-NLS-1$
        }
        return new InputDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public InputStream getInputStream(InputStream encrypted) {
                return new CipherInputStream(encrypted, cipher);
            }
        };
    }

    /** The password as the JDK's PBE ciphers take it; the key spec's copy is cleared at once. */
    static SecretKey passwordKey(char[] password) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password);
        try {
            return SecretKeyFactory.getInstance("PBE").generateSecret(spec); //$NON-NLS-1$
        } finally {
            spec.clearPassword();
        }
    }

    private Cipher jdkCipher(AlgorithmIdentifier algorithm) throws GeneralSecurityException, IOException {
        String oid = algorithm.getAlgorithm().getId();
        AlgorithmParameters parameters = AlgorithmParameters.getInstance(
                PKCSObjectIdentifiers.id_PBES2.getId().equals(oid) ? "PBES2" : oid); //$NON-NLS-1$
        parameters.init(algorithm.getParameters().toASN1Primitive().getEncoded());
        // for PBES2 the parameters name the concrete cipher, e.g. PBEWithHmacSHA256AndAES_256
        String cipherName = PKCSObjectIdentifiers.id_PBES2.getId().equals(oid) ? parameters.toString() : oid;
        SecretKey key = passwordKey(password);
        Cipher cipher = Cipher.getInstance(cipherName);
        cipher.init(Cipher.DECRYPT_MODE, key, parameters);
        return cipher;
    }
}
