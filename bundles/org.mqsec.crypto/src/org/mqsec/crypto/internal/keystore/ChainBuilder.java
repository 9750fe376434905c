package org.mqsec.crypto.internal.keystore;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.x500.X500Principal;

import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.ChainLink.Verification;

/** Completes and verifies certificate chains from the certificates a repository holds. */
public final class ChainBuilder {

    /** Longer chains than this do not occur in practice; the limit also stops issuer loops. */
    private static final int MAX_DEPTH = 12;

    private final Map<X500Principal, List<X509Certificate>> bySubject = new HashMap<>();

    public ChainBuilder(List<X509Certificate> certificates) {
        for (X509Certificate cert : certificates) {
            bySubject.computeIfAbsent(cert.getSubjectX500Principal(), k -> new ArrayList<>(1)).add(cert);
        }
    }

    /** The stored chain extended with issuers found among the repository's certificates. */
    public List<X509Certificate> complete(List<X509Certificate> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<X509Certificate> certs = new ArrayList<>(stored);
        X509Certificate last = certs.get(certs.size() - 1);
        while (!CertificateFacts.isSelfIssued(last) && certs.size() < MAX_DEPTH) {
            X509Certificate issuer = findIssuer(last, certs);
            if (issuer == null) {
                break;
            }
            certs.add(issuer);
            last = issuer;
        }
        return certs;
    }

    public List<ChainLink> chain(List<X509Certificate> stored) {
        List<X509Certificate> certs = complete(stored);
        List<ChainLink> links = new ArrayList<>(certs.size());
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate cert = certs.get(i);
            Verification verification;
            if (i + 1 < certs.size()) {
                verification = verifies(cert, certs.get(i + 1).getPublicKey())
                        ? Verification.VERIFIED : Verification.BAD_SIGNATURE;
            } else if (CertificateFacts.isSelfIssued(cert)) {
                verification = verifies(cert, cert.getPublicKey())
                        ? Verification.SELF_SIGNED : Verification.BAD_SIGNATURE;
            } else {
                verification = Verification.ISSUER_MISSING;
            }
            links.add(new ChainLink(cert, verification));
        }
        return links;
    }

    /** An issuer by name whose key verifies the signature; several CAs may share a name after renewal. */
    private X509Certificate findIssuer(X509Certificate cert, List<X509Certificate> already) {
        List<X509Certificate> candidates = bySubject.getOrDefault(cert.getIssuerX500Principal(), List.of());
        if (candidates.size() == 1) {
            // the usual case; the signature is checked when the chain is shown
            X509Certificate only = candidates.get(0);
            return already.contains(only) ? null : only;
        }
        for (X509Certificate candidate : candidates) {
            if (!already.contains(candidate) && verifies(cert, candidate.getPublicKey())) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean verifies(X509Certificate cert, PublicKey key) {
        try {
            cert.verify(key);
            return true;
        } catch (GeneralSecurityException e) {
            try {
                cert.verify(key, Providers.bouncyCastle());
                return true;
            } catch (GeneralSecurityException | RuntimeException again) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
    }
}
