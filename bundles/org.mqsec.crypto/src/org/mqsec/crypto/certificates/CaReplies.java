package org.mqsec.crypto.certificates;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.ChainBuilder;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/**
 * Receives a CA's reply (one certificate, a PEM chain or PKCS#7): the certificate whose public key is
 * a key entry's becomes that entry's certificate, and the chain is completed from the reply and the
 * repository's trusted certificates.
 */
public final class CaReplies {

    /** What receiving did: the entry updated and whether its chain reaches a root. */
    public record Received(String alias, List<X509Certificate> chain, boolean chainComplete) {
    }

    private CaReplies() {
    }

    public static Received receive(EditableKeyRepository repository, List<X509Certificate> reply)
            throws KeyRepositoryException {
        for (X509Certificate candidate : reply) {
            for (Entry entry : repository.entries()) {
                if (entry instanceof KeyEntry key && !key.chain().isEmpty()
                        && samePublicKey(key.chain().get(0), candidate)) {
                    List<X509Certificate> pool = new ArrayList<>(reply);
                    pool.addAll(repository.certificates());
                    List<X509Certificate> chain = new ChainBuilder(pool).complete(List.of(candidate));
                    repository.replace(new KeyEntry(key.alias(), key.key(), chain));
                    X509Certificate last = chain.get(chain.size() - 1);
                    boolean complete = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
                    return new Received(key.alias(), chain, complete);
                }
            }
        }
        throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Reply_noMatchingKey,
                reply.isEmpty() ? "-" : reply.get(0).getSubjectX500Principal().getName()), //$NON-NLS-1$
                Messages.Reply_noMatchingKeyFix);
    }

    private static boolean samePublicKey(X509Certificate a, X509Certificate b) {
        return Arrays.equals(a.getPublicKey().getEncoded(), b.getPublicKey().getEncoded());
    }
}
