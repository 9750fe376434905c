package org.mqsec.crypto.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * Keys with their chains, and trusted certificates, from another repository (PKCS#12, JKS, JCEKS,
 * PEM): all of its entries or the one labelled. All or nothing: a label already taken refuses the
 * whole import before anything is added.
 */
public final class ImportEntriesOperation extends KeyRepositoryOperation<List<String>> {

    public static final String NO_SUCH_ENTRY = "ENTRY_NOT_FOUND"; //$NON-NLS-1$

    private final EditableKeyRepository repository;
    private final EditableKeyRepository source;
    private final String sourceName;
    private final String alias;

    /** @param alias the one entry to import, or null for all */
    public ImportEntriesOperation(EditableKeyRepository repository, EditableKeyRepository source, String sourceName,
            String alias) {
        this.repository = repository;
        this.source = source;
        this.sourceName = sourceName;
        this.alias = alias;
    }

    private List<Entry> chosen() {
        return source.entries().stream().filter(e -> alias == null || e.alias().equalsIgnoreCase(alias)).toList();
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (chosen().isEmpty()) {
            findings.add(Finding.error(NO_SUCH_ENTRY, "alias", alias == null //$NON-NLS-1$
                    ? Messages.bind(Messages.Operation_sourceEmpty, sourceName)
                    : Messages.bind(Messages.Operation_noSuchEntry, alias, sourceName), ""));
        }
        for (Entry entry : chosen()) {
            findings.addAll(GenerateKeyOperation.labelFindings(repository, entry.alias()));
        }
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return Map.of();
    }

    @Override
    protected List<String> execute(SubMonitor progress) throws KeyRepositoryException {
        return repository.atomically(r -> {
            List<String> added = new ArrayList<>();
            for (Entry entry : chosen()) {
                r.add(entry);
                added.add(entry.alias());
            }
            return List.copyOf(added);
        });
    }
}
