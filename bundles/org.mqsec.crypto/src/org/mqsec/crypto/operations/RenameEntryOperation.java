package org.mqsec.crypto.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/** A new label for an entry; the queue manager finds its certificate by label (CERTLABL). */
public final class RenameEntryOperation extends KeyRepositoryOperation<String> {

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final String alias;
    private final String newAlias;

    public RenameEntryOperation(EditableKeyRepository repository, String repositoryName, String alias,
            String newAlias) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.alias = alias;
        this.newAlias = newAlias == null ? "" : newAlias.strip(); //$NON-NLS-1$
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(GenerateKeyOperation.labelFindings(repository, newAlias));
        // a change of case only is a rename, not a clash with itself
        findings.removeIf(f -> GenerateKeyOperation.LABEL_TAKEN.equals(f.code()) && newAlias.equalsIgnoreCase(alias));
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.rename(repositoryName, repository.format(), alias, newAlias).commands();
    }

    @Override
    protected String execute(SubMonitor progress) throws KeyRepositoryException {
        repository.rename(alias, newAlias);
        return newAlias;
    }
}
