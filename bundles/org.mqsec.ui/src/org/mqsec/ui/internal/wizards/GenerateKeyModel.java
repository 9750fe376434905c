package org.mqsec.ui.internal.wizards;

import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;

/** What the Generate Key Pair wizard's pages fill in; plain fields, shared by all pages. */
public final class GenerateKeyModel {

    public String alias = ""; //$NON-NLS-1$
    public String distinguishedName = ""; //$NON-NLS-1$
    /** Comma-separated DNS:... and IP:... names. */
    public String alternativeNames = ""; //$NON-NLS-1$
    public KeyAlgorithm keyAlgorithm = KeyAlgorithm.RSA_3072;
    public SignatureHash hash = SignatureHash.SHA256;
    public CertificateProfile usage = CertificateProfile.TLS_SERVER_AND_CLIENT;
    public int validityDays = 365;
    /** The label of the CA entry that signs the certificate, or null for self-signed. */
    public String signerAlias;

    /** A model for making a local CA: CA usage, ten years, P-384. */
    public static GenerateKeyModel forCa() {
        GenerateKeyModel model = new GenerateKeyModel();
        model.usage = CertificateProfile.CA;
        model.validityDays = 3650;
        model.keyAlgorithm = KeyAlgorithm.EC_P384;
        model.hash = SignatureHash.SHA384;
        return model;
    }
}
