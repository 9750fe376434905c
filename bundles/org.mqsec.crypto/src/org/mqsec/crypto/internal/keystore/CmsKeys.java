package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S1ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * The private keys of a CMS key database, each encrypted under the database password in one of
 * the five ways real files use ({@code cms-kdb.md} 1.5): the PKCS#12 KDF with 3DES under the old
 * draft OID and the password's raw bytes (GSKit C, v3) or under the standard OID with the password as
 * BMPString (IBM Java, v4); PBES2 with PBKDF2 and AES (v6); PBES1 with MD5 and DES (z/OS gskkyman).
 * New keys are written the way the container version expects: v6 PBES2 (PBKDF2-HMAC-SHA384,
 * AES-256-CBC), v4 standard PKCS#12 3DES.
 */
final class CmsKeys {

    /** pbeWithSHAAnd3-KeyTripleDES-CBC under the draft PKCS#12 arc, as GSKit's C library writes it. */
    static final ASN1ObjectIdentifier OLD_PKCS12_3DES = new ASN1ObjectIdentifier("1.2.840.113549.1.12.5.1.3"); //$NON-NLS-1$
    /** As IBM's iKeyman writes v6 keys. */
    private static final int V6_ITERATIONS = 4096;
    /** More than IBM's Java tools used (10): the format takes any count. */
    private static final int V4_ITERATIONS = 2048;

    private CmsKeys() {
    }

    /**
     * @throws IOException when the key cannot be decrypted with the password (the database password
     *                     was already verified, so this is a damaged record) or the algorithm is unknown
     */
    static PrivateKey decrypt(EncryptedPrivateKeyInfo encrypted, char[] password) throws IOException {
        AlgorithmIdentifier algorithm = encrypted.getEncryptionAlgorithm();
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        byte[] plain;
        if (oid.equals(OLD_PKCS12_3DES) || oid.equals(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)) {
            PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
            byte[] passwordBytes = oid.equals(OLD_PKCS12_3DES) ? PBEParametersGenerator.PKCS5PasswordToBytes(password)
                    : PBEParametersGenerator.PKCS12PasswordToBytes(password);
            PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(new SHA1Digest());
            generator.init(passwordBytes, params.getIV(), params.getIterations().intValueExact());
            plain = decrypt("DESede", generator.generateDerivedParameters(192, 64), encrypted.getEncryptedData());
        } else if (oid.equals(PKCSObjectIdentifiers.pbeWithMD5AndDES_CBC)) {
            PBEParameter params = PBEParameter.getInstance(algorithm.getParameters());
            PKCS5S1ParametersGenerator generator = new PKCS5S1ParametersGenerator(new MD5Digest());
            generator.init(PBEParametersGenerator.PKCS5PasswordToBytes(password), params.getSalt(), params.getIterationCount().intValueExact());
            plain = decrypt("DES", generator.generateDerivedParameters(64, 64), encrypted.getEncryptedData());
        } else if (oid.equals(PKCSObjectIdentifiers.id_PBES2)) {
            plain = pbes2(PBES2Parameters.getInstance(algorithm.getParameters()), password, encrypted.getEncryptedData());
        } else {
            throw new IOException("key encryption " + oid); //$NON-NLS-1$
        }
        try {
            return new JcaPEMKeyConverter().getPrivateKey(PrivateKeyInfo.getInstance(plain));
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static byte[] pbes2(PBES2Parameters params, char[] password, byte[] data) throws IOException {
        PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        AlgorithmIdentifier scheme = AlgorithmIdentifier.getInstance(params.getEncryptionScheme().toASN1Primitive());
        ASN1ObjectIdentifier cipher = scheme.getAlgorithm();
        int keyBytes;
        String engine;
        if (cipher.equals(NISTObjectIdentifiers.id_aes128_CBC) || cipher.equals(NISTObjectIdentifiers.id_aes192_CBC)
                || cipher.equals(NISTObjectIdentifiers.id_aes256_CBC)) {
            engine = "AES"; //$NON-NLS-1$
            keyBytes = cipher.equals(NISTObjectIdentifiers.id_aes128_CBC) ? 16 : cipher.equals(NISTObjectIdentifiers.id_aes192_CBC) ? 24 : 32;
        } else if (cipher.equals(PKCSObjectIdentifiers.des_EDE3_CBC)) {
            engine = "DESede"; //$NON-NLS-1$
            keyBytes = 24;
        } else {
            throw new IOException("PBES2 cipher " + cipher); //$NON-NLS-1$
        }
        if (kdf.getKeyLength() != null) {
            keyBytes = kdf.getKeyLength().intValueExact();
        }
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf(kdf.getPrf()));
        generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), kdf.getSalt(), kdf.getIterationCount().intValueExact());
        KeyParameter key = (KeyParameter) generator.generateDerivedParameters(keyBytes * 8);
        byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
        return decrypt(engine, new ParametersWithIV(key, iv), data);
    }

    /** The PRF's digest; the parameters are ignored, so GSKit's encoding without NULL reads too. */
    private static Digest prf(AlgorithmIdentifier prf) throws IOException {
        ASN1ObjectIdentifier oid = prf.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA1)) {
            return new SHA1Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA256)) {
            return new SHA256Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA384)) {
            return new SHA384Digest();
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA512)) {
            return new SHA512Digest();
        }
        throw new IOException("PBKDF2 PRF " + oid); //$NON-NLS-1$
    }

    /** CBC with PKCS#5 padding, by the JCA; the key and IV from the password-based generator. */
    private static byte[] decrypt(String algorithm, CipherParameters parameters, byte[] data) throws IOException {
        ParametersWithIV withIv = (ParametersWithIV) parameters;
        byte[] key = ((KeyParameter) withIv.getParameters()).getKey();
        try {
            Cipher cipher = Cipher.getInstance(algorithm + "/CBC/PKCS5Padding"); //$NON-NLS-1$
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, algorithm), new IvParameterSpec(withIv.getIV()));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    /** The key encrypted as a container of {@code version} expects. */
    static EncryptedPrivateKeyInfo encrypt(PrivateKey key, char[] password, int version) throws IOException {
        try {
            OutputEncryptor encryptor;
            if (version == 6) {
                encryptor = new JceOpenSSLPKCS8EncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC).setProvider(Providers.bouncyCastle())
                        .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA384, org.bouncycastle.asn1.DERNull.INSTANCE))
                        .setIterationCount(V6_ITERATIONS).setRandom(new SecureRandom()).setPassword(password).build();
            } else {
                encryptor = new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                        .setProvider(Providers.bouncyCastle()).setIterationCount(V4_ITERATIONS).build(password);
            }
            return new PKCS8EncryptedPrivateKeyInfoBuilder(PrivateKeyInfo.getInstance(key.getEncoded())).build(encryptor).toASN1Structure();
        } catch (OperatorCreationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
