package org.mqsec.crypto.pkcs11;

import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * One object on a token as PKCS#11 describes it, whether or not Java's KeyStore API would show it.
 *
 * @param handle      the object's handle in the session that read it
 * @param id          CKA_ID in lower-case hex, "" when it has none
 * @param keyType     RSA, EC, AES... for keys; "" otherwise
 * @param keySize     bits (RSA modulus, EC field, secret key length); 0 when unknown
 * @param curve       the EC curve's name (P-256...), "" otherwise
 * @param flags       the boolean attributes that are true: sensitive, extractable, sign, decrypt...
 * @param certificate the X.509 certificate of a certificate object; null otherwise or if undecodable
 */
public record TokenObject(long handle, Kind kind, String label, String id, String keyType, int keySize, String curve, Set<Flag> flags,
        X509Certificate certificate) {

    public enum Kind {
        CERTIFICATE, PRIVATE_KEY, PUBLIC_KEY, SECRET_KEY, DATA, OTHER
    }

    /** The boolean attributes shown for each object. */
    public enum Flag {
        TOKEN, PRIVATE, SENSITIVE, EXTRACTABLE, ALWAYS_SENSITIVE, NEVER_EXTRACTABLE, LOCAL, SIGN, VERIFY, DECRYPT, ENCRYPT, WRAP,
        UNWRAP, DERIVE, TRUSTED, MODIFIABLE
    }

    public TokenObject {
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
