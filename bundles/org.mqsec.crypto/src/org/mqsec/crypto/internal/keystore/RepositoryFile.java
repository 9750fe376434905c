package org.mqsec.crypto.internal.keystore;

import java.io.IOException;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/** The bytes of a key repository file, read once, with the ASN.1 parse kept for the reader. */
public final class RepositoryFile {

    private final String name;
    private final String storageKey;
    private final byte[] content;
    private ASN1Primitive asn1;

    public RepositoryFile(String name, String storageKey, byte[] content) {
        this.name = name;
        this.storageKey = storageKey;
        this.content = content;
    }

    public String name() {
        return name;
    }

    public String storageKey() {
        return storageKey;
    }

    public byte[] content() {
        return content;
    }

    /** The whole file as one DER/BER object; trailing garbage or a short file is corruption. */
    public ASN1Primitive asn1() throws KeyRepositoryException {
        if (asn1 == null) {
            try (ASN1InputStream in = new ASN1InputStream(content)) {
                ASN1Primitive parsed = in.readObject();
                if (parsed == null) {
                    throw corrupt(null);
                }
                asn1 = parsed;
            } catch (IOException | RuntimeException e) {
                throw corrupt(e);
            }
        }
        return asn1;
    }

    public KeyRepositoryException corrupt(Throwable cause) {
        return new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Problem_corrupt, name),
                Messages.Advice_corrupt, cause);
    }
}
