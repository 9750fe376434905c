package org.mqsec.crypto.pkcs11;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * A Bouncy Castle ContentSigner whose private key stays on the token: RSA signs with the token's
 * CKM_SHA*_RSA_PKCS, ECDSA hashes here and signs the hash with CKM_ECDSA (which every EC token has),
 * turning the token's r||s into the DER X.509 wants.
 */
final class TokenSigner implements ContentSigner {

    private final Session session;
    private final long key;
    private final boolean ec;
    private final String hash;
    private final AlgorithmIdentifier algorithm;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /** @param signatureName SHA256withRSA, SHA384withECDSA... */
    TokenSigner(Session session, long key, String signatureName) throws OperatorCreationException {
        this.session = session;
        this.key = key;
        this.ec = signatureName.endsWith("withECDSA"); //$NON-NLS-1$
        this.hash = signatureName.substring(0, signatureName.indexOf("with")); //$NON-NLS-1$
        if (!hash.equals("SHA256") && !hash.equals("SHA384") && !hash.equals("SHA512")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new OperatorCreationException(signatureName);
        }
        this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(signatureName);
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public OutputStream getOutputStream() {
        return data;
    }

    @Override
    public byte[] getSignature() {
        try {
            if (!ec) {
                long mechanism = switch (hash) {
                    case "SHA384" -> PKCS11Constants.CKM_SHA384_RSA_PKCS; //$NON-NLS-1$
                    case "SHA512" -> PKCS11Constants.CKM_SHA512_RSA_PKCS; //$NON-NLS-1$
                    default -> PKCS11Constants.CKM_SHA256_RSA_PKCS;
                };
                return session.signSingle(new Mechanism(mechanism), key, data.toByteArray());
            }
            byte[] digest = MessageDigest.getInstance(hash.replace("SHA", "SHA-")).digest(data.toByteArray()); //$NON-NLS-1$ //$NON-NLS-2$
            byte[] raw = session.signSingle(new Mechanism(PKCS11Constants.CKM_ECDSA), key, digest);
            int half = raw.length / 2;
            ASN1EncodableVector rs = new ASN1EncodableVector();
            rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, half))));
            rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length))));
            return new DERSequence(rs).getEncoded();
        } catch (TokenException | NoSuchAlgorithmException | IOException e) {
            throw new RuntimeOperatorException(e.getMessage(), e);
        }
    }
}
