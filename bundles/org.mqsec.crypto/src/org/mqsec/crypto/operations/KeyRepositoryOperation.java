package org.mqsec.crypto.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.crypto.internal.keystore.KeyRepositoryFiles;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * One step on key repositories (create one, generate a key, write a request, import, export...)
 * as the editor, the wizards and {@code mqsec keystore} all run it, after EGit's operations: built
 * with typed values, checked by {@link #findings()} before anything is done, then
 * {@link #run(IProgressMonitor)} in a Job or the command line's thread. An operation that changes a
 * repository in memory does so as one step (all or nothing); writing the file is
 * {@link SaveKeyRepositoryOperation}'s job.
 *
 * @param <R> what the operation hands back
 */
public abstract class KeyRepositoryOperation<R> {

    /**
     * What is wrong with the operation as built (errors: it will not run) and what the user should
     * know (warnings), each with a stable code. Cheap: no file is read, no key is made.
     */
    public abstract List<Finding> findings();

    /** The runmqakm, keytool and openssl commands that do the same, with password placeholders. */
    public abstract Map<String, List<String>> equivalentCommands();

    /**
     * Runs the operation; refuses (problem {@code REFUSED}, the errors as the message and their fixes
     * as the advice) when {@link #findings()} has errors, and stops with problem {@code CANCELLED}
     * when the monitor is cancelled between steps, leaving files and repositories as they were.
     */
    public final R run(IProgressMonitor monitor) throws KeyRepositoryException {
        refuseErrors(findings());
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        checkCancelled(progress);
        return execute(progress);
    }

    /** The work itself, once the findings have no errors. */
    protected abstract R execute(SubMonitor progress) throws KeyRepositoryException;

    protected static void checkCancelled(IProgressMonitor monitor) throws KeyRepositoryException {
        if (monitor.isCanceled()) {
            throw KeyRepositoryFiles.cancelled();
        }
    }

    /** Writes a file the operation makes (a request, a certificate, an export) atomically, keeping .bak. */
    protected static void writeFile(Path target, byte[] content) throws KeyRepositoryException {
        try {
            AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Problem_writeFailed, target, e.getMessage()), Messages.Advice_writeFailed,
                    e);
        }
    }

    /** The key entry labelled {@code alias}, refused unless it has a certificate (a signer, a key to request for). */
    public static KeyEntry keyWithCertificate(EditableKeyRepository repository, String alias)
            throws KeyRepositoryException {
        Entry entry = repository.require(alias);
        if (entry instanceof KeyEntry key && !key.chain().isEmpty()) {
            return key;
        }
        throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                Messages.bind(Messages.Operation_notAKeyEntry, alias), Messages.Operation_notAKeyEntryFix);
    }

    /** The warnings among the findings, for a caller that has passed their errors. */
    public List<Finding> warnings() {
        List<Finding> warnings = new ArrayList<>(findings());
        warnings.removeIf(f -> f.severity() == Severity.ERROR);
        return warnings;
    }

    /** Throws a {@code REFUSED} problem naming every error of {@code findings}; returns otherwise. */
    public static void refuseErrors(List<Finding> findings) throws KeyRepositoryException {
        if (!Finding.hasErrors(findings)) {
            return;
        }
        StringBuilder message = new StringBuilder();
        StringBuilder fixes = new StringBuilder();
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                message.append(message.length() == 0 ? "" : "\n").append(finding.message()); //$NON-NLS-1$ //$NON-NLS-2$
                if (!finding.fix().isEmpty()) {
                    fixes.append(fixes.length() == 0 ? "" : "\n").append(finding.fix()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED, message.toString(), fixes.toString(),
                null, findings);
    }
}
