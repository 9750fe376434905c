package org.mqsec.crypto.pkcs11;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.pkcs11.TokenObject.Kind;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11KeyPair;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * Changes to a token, each in its own logged-in session: key pairs generated on the token (private
 * half sensitive and never extractable), requests and self-signed certificates signed on the token,
 * certificates written beside their keys (same CKA_ID and label), objects deleted, the user PIN
 * changed. Private keys never leave the token. PINs stay the caller's, which clears them.
 */
public final class TokenOperations {

    /** The token an operation works on. */
    public record Target(String library, TokenSelector token) {
    }

    private TokenOperations() {
    }

    /** Generates a key pair on the token; label and a new CKA_ID on both halves. */
    public static TokenEntry generateKeyPair(Target target, char[] pin, String label, KeyAlgorithm algorithm, SecureRandom random)
            throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, true)) {
            requireFree(open, label);
            long mechanism = algorithm.isEc() ? PKCS11Constants.CKM_EC_KEY_PAIR_GEN : PKCS11Constants.CKM_RSA_PKCS_KEY_PAIR_GEN;
            requireMechanism(open, mechanism, algorithm.id());
            byte[] id = new byte[8];
            random.nextBytes(id);
            KeyPairTemplate template = new KeyPairTemplate(algorithm.isEc() ? PKCS11Constants.CKK_EC : PKCS11Constants.CKK_RSA).token(true)
                    .labels(label).id(id).signVerify(true);
            // the private half needs a login; the public half, like a certificate, is readable by all
            template.privateKey().private_(true).sensitive(true).extractable(false);
            template.publicKey().private_(false);
            if (algorithm.isEc()) {
                template.publicKey().ecParams(new ASN1ObjectIdentifier(curveOid(algorithm)).getEncoded());
            } else {
                template.publicKey().modulusBits(algorithm.size()).publicExponent(BigInteger.valueOf(65537));
            }
            PKCS11KeyPair pair = open.session.generateKeyPair(new Mechanism(mechanism), template);
            TokenObject privateKey = TokenBrowser.object(open.session, pair.getPrivateKey());
            TokenObject publicKey = TokenBrowser.object(open.session, pair.getPublicKey());
            return new TokenEntry(TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE, privateKey.id(), label, privateKey, null, publicKey, List.of());
        } catch (TokenException | java.io.IOException e) {
            throw failed(e, target);
        }
    }

    /** A PKCS#10 request for the key labelled {@code label}, signed on the token. */
    public static PKCS10CertificationRequest request(Target target, char[] pin, String label, CertificateName subject,
            List<String> subjectAlternativeNames, SignatureHash hash) throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, false)) {
            KeyOnToken key = key(open, label);
            return CertificateRequests.create(key.publicKey(), name -> new TokenSigner(open.session, key.privateKey().handle(), name), subject,
                    subjectAlternativeNames, hash);
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    /** A self-signed certificate for the key labelled {@code label}, signed on the token and written beside it. */
    public static X509Certificate selfSign(Target target, char[] pin, String label, CertificateTemplate template, SecureRandom random)
            throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, true)) {
            KeyOnToken key = key(open, label);
            X509Certificate certificate = new CertificateIssuer(random).selfSigned(key.publicKey(),
                    name -> new TokenSigner(open.session, key.privateKey().handle(), name), template);
            write(open, certificate, label, key.privateKey().id());
            return certificate;
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    /**
     * Writes certificates to the token: one whose public key belongs to a private key on the token gets
     * that key's CKA_ID and label (a CA's reply); the others (CA certificates) are written with their
     * subject's common name as label, unless the token holds them already.
     *
     * @return the labels written
     */
    public static List<String> writeCertificates(Target target, char[] pin, List<X509Certificate> certificates) throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, true)) {
            List<TokenObject> objects = TokenBrowser.objects(open, SubMonitor.convert(null));
            List<String> written = new ArrayList<>();
            for (X509Certificate certificate : certificates) {
                if (objects.stream().anyMatch(o -> o.kind() == Kind.CERTIFICATE && certificate.equals(o.certificate()))) {
                    continue;
                }
                TokenObject owner = null;
                for (TokenObject candidate : objects) {
                    if (candidate.kind() == Kind.PRIVATE_KEY && matches(open, candidate, objects, certificate.getPublicKey())) {
                        owner = candidate;
                    }
                }
                String label = owner != null ? owner.label() : commonName(certificate);
                write(open, certificate, label, owner != null ? owner.id() : ""); //$NON-NLS-1$
                written.add(label);
            }
            return written;
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    /** Deletes every object labelled {@code label} (an entry's key, certificate and public key); returns how many. */
    public static int delete(Target target, char[] pin, String label) throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, true)) {
            long[] handles = open.session.findAllObjectsSingle(new AttributeVector().label(label));
            if (handles.length == 0) {
                throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_noObject, label, open.token.label()), ""); //$NON-NLS-1$
            }
            for (long handle : handles) {
                open.session.destroyObject(handle);
            }
            return handles.length;
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    /** Changes the user PIN (C_SetPIN in the user's session). */
    public static void changePin(Target target, char[] pin, char[] newPin) throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, true)) {
            open.session.setPIN(pin, newPin);
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    private record KeyOnToken(TokenObject privateKey, PublicKey publicKey) {
    }

    /** What can leave the token for an entry: its certificate (null if none) and its public key. */
    public record Exportable(X509Certificate certificate, PublicKey publicKey) {
    }

    /**
     * The certificate and public key of the entry labelled {@code label}. Private and secret keys
     * never leave the token (sensitive, not extractable): an entry with nothing else is refused, saying so.
     */
    public static Exportable exportable(Target target, char[] pin, String label) throws KeyRepositoryException {
        try (TokenSession open = TokenSession.open(target.library(), target.token(), pin, false)) {
            List<TokenObject> objects = TokenBrowser.objects(open, SubMonitor.convert(null));
            TokenEntry entry = TokenBrowser.pair(objects).stream().filter(e -> e.label().equals(label)).findFirst()
                    .orElseThrow(() -> new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_noObject, label, open.token.label()), "")); //$NON-NLS-1$
            X509Certificate certificate = entry.certificate() == null ? null : entry.certificate().certificate();
            PublicKey key = certificate != null ? certificate.getPublicKey()
                    : entry.publicKey() != null ? decode(open, entry.publicKey().handle(), entry.publicKey().keyType())
                    : entry.privateKey() != null ? publicKey(open, entry.privateKey(), objects) : null;
            if (certificate == null && key == null) {
                throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_nothingToExport, label), Messages.Token_nothingToExportFix);
            }
            return new Exportable(certificate, key);
        } catch (TokenException e) {
            throw failed(e, target);
        }
    }

    /** The private key labelled {@code label} and its public key (from the public key object, the certificate, or the key). */
    private static KeyOnToken key(TokenSession open, String label) throws TokenException, KeyRepositoryException {
        List<TokenObject> objects = TokenBrowser.objects(open, SubMonitor.convert(null));
        TokenObject privateKey = objects.stream().filter(o -> o.kind() == Kind.PRIVATE_KEY && o.label().equals(label)).findFirst()
                .orElseThrow(() -> new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_noKey, label, open.token.label()),
                        Messages.Token_noKeyFix));
        PublicKey publicKey = publicKey(open, privateKey, objects);
        if (publicKey == null) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_noPublicKey, label), Messages.Token_noPublicKeyFix);
        }
        return new KeyOnToken(privateKey, publicKey);
    }

    private static PublicKey publicKey(TokenSession open, TokenObject privateKey, List<TokenObject> objects) throws TokenException {
        for (TokenObject object : objects) {
            if (!privateKey.id().isEmpty() && object.id().equals(privateKey.id())) {
                if (object.kind() == Kind.CERTIFICATE && object.certificate() != null) {
                    return object.certificate().getPublicKey();
                }
                if (object.kind() == Kind.PUBLIC_KEY) {
                    PublicKey key = decode(open, object.handle(), object.keyType());
                    if (key != null) {
                        return key;
                    }
                }
            }
        }
        // an RSA private key carries its public half on most tokens
        return "RSA".equals(privateKey.keyType()) ? decode(open, privateKey.handle(), "RSA") : null; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static PublicKey decode(TokenSession open, long handle, String keyType) throws TokenException {
        try {
            if ("RSA".equals(keyType)) { //$NON-NLS-1$
                AttributeVector values = open.session.getAttrValues(handle, PKCS11Constants.CKA_MODULUS, PKCS11Constants.CKA_PUBLIC_EXPONENT);
                byte[] modulus = values.getByteArrayAttrValue(PKCS11Constants.CKA_MODULUS);
                byte[] exponent = values.getByteArrayAttrValue(PKCS11Constants.CKA_PUBLIC_EXPONENT);
                return modulus == null || exponent == null ? null
                        : KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(new BigInteger(1, modulus), new BigInteger(1, exponent))); //$NON-NLS-1$
            }
            if ("EC".equals(keyType)) { //$NON-NLS-1$
                AttributeVector values = open.session.getAttrValues(handle, PKCS11Constants.CKA_EC_PARAMS, PKCS11Constants.CKA_EC_POINT);
                byte[] params = values.getByteArrayAttrValue(PKCS11Constants.CKA_EC_PARAMS);
                byte[] point = values.getByteArrayAttrValue(PKCS11Constants.CKA_EC_POINT);
                if (params == null || point == null) {
                    return null;
                }
                byte[] raw = point.length > 0 && point[0] == 0x04 && point.length % 2 == 1 ? point : ASN1OctetString.getInstance(point).getOctets();
                SubjectPublicKeyInfo info = new SubjectPublicKeyInfo(
                        new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, ASN1Primitive.fromByteArray(params)), raw);
                return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(info.getEncoded())); //$NON-NLS-1$
            }
            return null;
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean matches(TokenSession open, TokenObject privateKey, List<TokenObject> objects, PublicKey wanted) throws TokenException {
        PublicKey key = publicKey(open, privateKey, objects.stream().filter(o -> o.kind() != Kind.CERTIFICATE).toList());
        return key != null && Arrays.equals(key.getEncoded(), wanted.getEncoded());
    }

    private static void write(TokenSession open, X509Certificate certificate, String label, String idHex) throws TokenException, KeyRepositoryException {
        try {
            AttributeVector template = AttributeVector.newX509Certificate().token(true).private_(false).label(label)
                    .subject(certificate.getSubjectX500Principal().getEncoded()).issuer(certificate.getIssuerX500Principal().getEncoded())
                    .serialNumber(new org.bouncycastle.asn1.ASN1Integer(certificate.getSerialNumber()).getEncoded())
                    .value(certificate.getEncoded());
            if (!idHex.isEmpty()) {
                template.id(HexFormat.of().parseHex(idHex));
            }
            open.session.createObject(template);
        } catch (CertificateEncodingException | java.io.IOException e) {
            throw new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Token_badCertificate, e.getMessage()), "", e); //$NON-NLS-1$
        }
    }

    private static String commonName(X509Certificate certificate) {
        String name = certificate.getSubjectX500Principal().getName();
        for (String part : name.split(",")) { //$NON-NLS-1$
            if (part.startsWith("CN=")) { //$NON-NLS-1$
                return part.substring(3);
            }
        }
        return name;
    }

    private static void requireFree(TokenSession open, String label) throws TokenException, KeyRepositoryException {
        if (open.session.findAllObjectsSingle(new AttributeVector().label(label)).length > 0) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_labelTaken, label, open.token.label()),
                    Messages.Token_labelTakenFix);
        }
    }

    private static void requireMechanism(TokenSession open, long mechanism, String what) throws KeyRepositoryException {
        long[] offered = open.session.getToken().getMechanismList();
        if (offered != null && Arrays.stream(offered).noneMatch(m -> m == mechanism)) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_noMechanism, open.token.label(), what),
                    Messages.Token_mechanismFix);
        }
    }

    private static String curveOid(KeyAlgorithm algorithm) {
        return switch (algorithm) {
            case EC_P384 -> "1.3.132.0.34"; //$NON-NLS-1$
            case EC_P521 -> "1.3.132.0.35"; //$NON-NLS-1$
            default -> "1.2.840.10045.3.1.7"; //$NON-NLS-1$
        };
    }

    private static KeyRepositoryException failed(Exception e, Target target) {
        if (e instanceof TokenException token) {
            return TokenErrors.of(token, target.library());
        }
        return new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_failed, target.token().describe(), e.getMessage()), "", e); //$NON-NLS-1$
    }
}
