package org.mqsec.crypto.certificates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.mqsec.core.dn.CertificateName;

/**
 * Between a certificate's ASN.1 name (Bouncy Castle's {@link X500Name}) and core's
 * {@link CertificateName}. Reading never re-parses text: each RDN and attribute is taken as encoded,
 * so escapes, unknown attribute types and multi-valued RDNs arrive as they are.
 */
public final class CertificateNames {

    private CertificateNames() {
    }

    public static CertificateName of(X500Principal principal) {
        return of(X500Name.getInstance(principal.getEncoded()));
    }

    public static CertificateName of(X500Name name) {
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            List<CertificateName.Attribute> attributes = new ArrayList<>();
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                attributes.add(attribute(value));
            }
            rdns.add(attributes);
        }
        Collections.reverse(rdns); // encoded most general first; the model holds most specific first
        return CertificateName.of(rdns);
    }

    private static CertificateName.Attribute attribute(AttributeTypeAndValue value) {
        String oid = value.getType().getId();
        ASN1Encodable encodable = value.getValue();
        if (encodable instanceof ASN1String string) {
            try {
                return new CertificateName.Attribute(oid, string.getString());
            } catch (RuntimeException e) {
                // bytes that do not decode as the string type says (non-UTF-8 in a UTF8String): kept as hex
            }
        }
        return new CertificateName.Attribute(oid, '#' + HexFormat.of().formatHex(encoded(encodable)), true);
    }

    /**
     * The name as an AMS policy signer or recipient DN: the RFC 2253 text the JDK gives the name's
     * DER encoding, which is what AMS compares a certificate's subject with (IBM's
     * {@code X500NameWrapper} on {@code getSubjectX500Principal().getName()}). Attributes the JDK has
     * no keyword for are written as their OID and encoded bytes, so that the string type matches.
     */
    public static String amsPolicyDn(CertificateName name) {
        try {
            return amsPolicyDn(new X500Principal(x500(name).getEncoded()));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A certificate's subject or issuer as an AMS policy DN. */
    public static String amsPolicyDn(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }

    /**
     * The name as a certificate or request encodes it: RDNs most general first; each string in the
     * type X.509 practice uses for the attribute (PrintableString for C, IA5String for e-mail and DC,
     * UTF8String otherwise, as Bouncy Castle's BCStyle chooses); {@code #hex} values as their DER.
     */
    public static X500Name x500(CertificateName name) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        List<List<CertificateName.Attribute>> rdns = new ArrayList<>(name.rdns());
        Collections.reverse(rdns);
        for (List<CertificateName.Attribute> rdn : rdns) {
            ASN1ObjectIdentifier[] types = new ASN1ObjectIdentifier[rdn.size()];
            ASN1Encodable[] values = new ASN1Encodable[rdn.size()];
            for (int i = 0; i < rdn.size(); i++) {
                types[i] = new ASN1ObjectIdentifier(rdn.get(i).oid());
                values[i] = value(types[i], rdn.get(i));
            }
            builder.addMultiValuedRDN(types, values);
        }
        return builder.build();
    }

    private static ASN1Encodable value(ASN1ObjectIdentifier type, CertificateName.Attribute attribute) {
        String value = attribute.value();
        if (attribute.hex()) {
            try {
                return ASN1Primitive.fromByteArray(HexFormat.of().parseHex(value.substring(1)));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(value, e);
            }
        }
        // BCStyle reads a leading '#' as hex and drops a leading '\': such values are plain UTF-8 text here
        if (value.startsWith("#") || value.startsWith("\\")) { //$NON-NLS-1$ //$NON-NLS-2$
            return new DERUTF8String(value);
        }
        return BCStyle.INSTANCE.stringToValue(type, value);
    }

    private static byte[] encoded(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
