package org.mqsec.crypto.operations;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/** Removes an entry (in memory; saving writes the file with its .bak). */
public final class DeleteEntryOperation extends KeyRepositoryOperation<String> {

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final String alias;

    public DeleteEntryOperation(EditableKeyRepository repository, String repositoryName, String alias) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.alias = alias;
    }

    @Override
    public List<Finding> findings() {
        return List.of();
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.delete(repositoryName, repository.format(), alias).commands();
    }

    @Override
    protected String execute(SubMonitor progress) throws KeyRepositoryException {
        repository.remove(alias);
        return alias;
    }
}
