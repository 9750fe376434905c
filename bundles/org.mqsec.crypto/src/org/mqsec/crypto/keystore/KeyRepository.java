package org.mqsec.crypto.keystore;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.ChainBuilder;

/** The content of a key repository as read: its entries and every certificate it holds. */
public final class KeyRepository {

    private final String location;
    private final KeyRepositoryFormat format;
    private final String protection;
    private final List<KeyRepositoryEntry> entries;
    private final List<String> warnings;
    private final List<X509Certificate> certificates;
    private final ChainBuilder chains;

    /**
     * @param location     where it was read from, as shown to the user
     * @param protection   how the content is protected, in words (e.g. the PKCS#12 algorithms), or ""
     * @param certificates every certificate in the repository, including chain members that are not
     *                     entries of their own; used to complete chains
     * @param warnings     what an administrator should know about the repository as a whole
     *                     (weak protection, skipped content)
     */
    public KeyRepository(String location, KeyRepositoryFormat format, String protection,
            List<KeyRepositoryEntry> entries, List<X509Certificate> certificates, List<String> warnings) {
        this.location = location;
        this.format = format;
        this.protection = protection;
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
        this.certificates = List.copyOf(certificates);
        this.chains = new ChainBuilder(certificates);
    }

    /** Every certificate in the repository, chain members included. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    public List<String> warnings() {
        return warnings;
    }

    public String location() {
        return location;
    }

    public KeyRepositoryFormat format() {
        return format;
    }

    public String protection() {
        return protection;
    }

    public List<KeyRepositoryEntry> entries() {
        return entries;
    }

    /** "1 entry", "2 entries": the count as the editor and the command line say it. */
    public String entryCount() {
        return entries.size() == 1 ? Messages.Count_entry : Messages.bind(Messages.Count_entries, entries.size());
    }

    /** Finds an entry by alias; aliases compare case-insensitively, as in JKS and GSKit. */
    public Optional<KeyRepositoryEntry> entry(String alias) {
        return entries.stream().filter(e -> e.alias().equalsIgnoreCase(alias)).findFirst();
    }

    /**
     * The entry's chain up to a root as far as the repository allows, each link verified: the stored
     * chain first, then issuers found among all certificates of the repository.
     */
    public List<ChainLink> chain(KeyRepositoryEntry entry) {
        return chains.chain(entry.storedChain());
    }
}
