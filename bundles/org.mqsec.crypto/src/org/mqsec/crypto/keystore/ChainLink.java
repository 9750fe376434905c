package org.mqsec.crypto.keystore;

import java.security.cert.X509Certificate;

import org.mqsec.crypto.internal.Messages;

/**
 * One certificate of a chain and whether its signature verifies with the next certificate's key
 * (for the last link: with its own key when self-signed).
 */
public record ChainLink(X509Certificate certificate, Verification verification) {

    public enum Verification {
        /** Signed by the next certificate in the chain. */
        VERIFIED(Messages.Chain_verified),
        /** Self-signed and the signature verifies: the chain ends at a root. */
        SELF_SIGNED(Messages.Chain_selfSigned),
        /** The next certificate's key does not verify this certificate's signature. */
        BAD_SIGNATURE(Messages.Chain_badSignature),
        /** The issuer certificate is not in the repository, so the chain cannot be completed. */
        ISSUER_MISSING(Messages.Chain_issuerMissing);

        private final String displayName;

        Verification(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        /** Whether this link is sound (verified or a verified root). */
        public boolean ok() {
            return this == VERIFIED || this == SELF_SIGNED;
        }
    }
}
