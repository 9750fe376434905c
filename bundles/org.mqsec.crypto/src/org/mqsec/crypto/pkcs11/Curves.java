package org.mqsec.crypto.pkcs11;

import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;

/** The named curve of a key's CKA_EC_PARAMS (the DER of an OID), by the name administrators know. */
final class Curves {

    record Named(String name, int bits) {
    }

    private Curves() {
    }

    /** Named by their DER: a token holds thousands of keys on a handful of curves, and building a curve is costly. */
    private static final Map<String, Named> KNOWN = new ConcurrentHashMap<>();

    static Named of(byte[] ecParams) {
        return KNOWN.computeIfAbsent(HexFormat.of().formatHex(ecParams), hex -> name(ecParams));
    }

    private static Named name(byte[] ecParams) {
        try {
            ASN1Primitive parameters = ASN1Primitive.fromByteArray(ecParams);
            if (!(parameters instanceof ASN1ObjectIdentifier oid)) {
                return new Named("explicit parameters", 0); //$NON-NLS-1$
            }
            X9ECParameters curve = ECNamedCurveTable.getByOID(oid);
            String name = ECNamedCurveTable.getName(oid);
            String known = switch (oid.getId()) {
                case "1.2.840.10045.3.1.7" -> "P-256"; //$NON-NLS-1$ //$NON-NLS-2$
                case "1.3.132.0.34" -> "P-384"; //$NON-NLS-1$ //$NON-NLS-2$
                case "1.3.132.0.35" -> "P-521"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> name != null ? name : oid.getId();
            };
            return new Named(known, curve == null ? 0 : curve.getCurve().getFieldSize());
        } catch (IOException | RuntimeException e) {
            return new Named("unreadable parameters", 0); //$NON-NLS-1$
        }
    }
}
