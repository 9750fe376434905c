package org.mqsec.crypto.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.StashFile;

/**
 * Puts a key repository under a new password, as the editor and {@code mqsec keystore passwd} do,
 * without leaving the old password's protection behind: the file is rewritten with no {@code .bak};
 * an existing {@code .bak} (protected by the old password, or an older one) is removed, or, when the
 * user asks to keep the previous version, replaced by that version re-encrypted under the new
 * password; the stash file beside it, if there is one or one is asked for, gets the new password,
 * and no copy of the old stash is kept. {@link Result#report()} says what was kept and removed.
 */
public final class ChangePasswordOperation extends KeyRepositoryOperation<ChangePasswordOperation.Result> {

    /** What the change did to the files beside the repository, in words for the user. */
    public record Result(Path stash, Path backupKept, Path backupRemoved) {
        public List<String> report() {
            List<String> lines = new ArrayList<>();
            if (backupRemoved != null) {
                lines.add(Messages.bind(Messages.PasswordChange_backupRemoved, backupRemoved));
            }
            if (backupKept != null) {
                lines.add(Messages.bind(Messages.PasswordChange_backupKept, backupKept));
            }
            if (stash != null) {
                lines.add(Messages.bind(Messages.PasswordChange_stashUpdated, stash));
            }
            return lines;
        }
    }

    private final EditableKeyRepository repository;
    private final Path file;
    private final char[] oldPassword;
    private final char[] newPassword;
    private final boolean createStash;
    private final boolean keepBackup;

    /**
     * @param repository  the repository as it should be written (with any unsaved changes), read from
     *                    {@code file}
     * @param oldPassword the password the file on disk opens with (read only when the previous
     *                    version is to be kept); not cleared
     * @param newPassword not cleared
     * @param createStash write a stash file even if there is none yet (an existing one is always updated)
     * @param keepBackup  keep the version on disk now as {@code .bak}, re-encrypted under the new password
     */
    public ChangePasswordOperation(EditableKeyRepository repository, Path file, char[] oldPassword, char[] newPassword,
            boolean createStash, boolean keepBackup) {
        this.repository = repository;
        this.file = file;
        this.oldPassword = oldPassword;
        this.newPassword = newPassword;
        this.createStash = createStash;
        this.keepBackup = keepBackup;
    }

    /** The new password's findings, and a stash asked for a format no queue manager reads. */
    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(CreateKeyRepositoryOperation.passwordFindings(newPassword));
        CreateKeyRepositoryOperation.formatFindings(repository.format(), repository.profile(), createStash).stream()
                .filter(f -> CreateKeyRepositoryOperation.STASH_NOT_PKCS12.equals(f.code())).forEach(findings::add);
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.changePassword(file.toString(), repository.format(),
                createStash || Files.exists(StashFile.besides(file))).commands();
    }

    @Override
    protected Result execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setWorkRemaining(4);
        KeyRepositoryFormat format = repository.format();
        byte[] previous = null;
        if (keepBackup) {
            EditableKeyRepository onDisk = EditableKeyRepository.open(new FileKeyRepositoryLocation(file, format),
                    request -> request.failedTries() == 0 ? oldPassword.clone() : null, progress.split(1));
            if (!onDisk.sourceStamp().equals(repository.sourceStamp())) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.CHANGED_ON_DISK,
                        Messages.bind(Messages.Problem_changedOnDisk, file), Messages.Advice_changedOnDisk);
            }
            previous = KeyRepositoryWriter.encode(onDisk, format, onDisk.profile(), newPassword);
        }
        progress.setWorkRemaining(3);
        if (progress.isCanceled()) {
            throw org.mqsec.crypto.internal.keystore.KeyRepositoryFiles.cancelled();
        }
        byte[] content = KeyRepositoryWriter.encode(repository, format, repository.profile(), newPassword);
        Path stash = StashFile.besides(file);
        boolean stashed = createStash || Files.exists(stash);
        byte[] record = null;
        try {
            record = stashed ? StashFile.encode(newPassword, stashFormat(stash)) : null;
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED, e.getMessage(), "", e); //$NON-NLS-1$
        }
        // both new files are written beside the old ones first and renamed back to back, so that a
        // crash can leave the stash out of step with the repository only between two renames
        try (AtomicFiles.Staged newRepository = KeyRepositoryWriter.stage(repository, file, content,
                new KeyRepositoryWriter.SaveOptions(false, false));
                AtomicFiles.Staged newStash = record == null ? null : stageStash(stash, record)) {
            try {
                KeyRepositoryWriter.commit(repository, file, content, newRepository, newStash);
            } catch (KeyRepositoryException e) {
                if (newRepository.committed()) {
                    // the repository is under the new password; its stash could not follow
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                            Messages.bind(Messages.PasswordChange_incomplete, file, e.getMessage()),
                            Messages.bind(Messages.PasswordChange_incompleteAdvice, file), e);
                }
                throw e;
            }
            progress.worked(1);
            // from here on the file is under the new password: whatever fails below must say so, not
            // pretend that nothing changed
            Path backupKept = null;
            Path backupRemoved = null;
            try {
                if (newStash != null) {
                    Files.deleteIfExists(AtomicFiles.backupOf(stash)); // a stash is never backed up
                }
                Path backup = AtomicFiles.backupOf(file);
                if (previous != null) {
                    AtomicFiles.write(backup, previous, AtomicFiles.Options.NO_BACKUP);
                    backupKept = backup;
                } else if (Files.deleteIfExists(backup)) {
                    backupRemoved = backup;
                }
                progress.worked(2);
                return new Result(stashed ? stash : null, backupKept, backupRemoved);
            } catch (IOException e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                        Messages.bind(Messages.PasswordChange_incomplete, file, e.getMessage()),
                        Messages.bind(Messages.PasswordChange_incompleteAdvice, file), e);
            }
        } catch (IOException e) {
            // closing a staged file that was not committed (removing it) failed: nothing was replaced
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Problem_writeFailed, file, e.getMessage()), Messages.Advice_writeFailed, e);
        } finally {
            Arrays.fill(content, (byte) 0);
            if (record != null) {
                Arrays.fill(record, (byte) 0);
            }
            if (previous != null) {
                Arrays.fill(previous, (byte) 0);
            }
        }
    }

    /** An existing stash keeps its format (GSKit before 8.0.50.69 reads only the 129-byte one); a new one is 193-byte. */
    private static StashFile.Format stashFormat(Path stash) {
        try {
            return Files.exists(stash) ? StashFile.formatOf(stash) : StashFile.Format.V8;
        } catch (IOException e) {
            return StashFile.Format.V8; // not a stash we know: replaced by one in the current format
        }
    }

    private static AtomicFiles.Staged stageStash(Path stash, byte[] record) throws KeyRepositoryException {
        try {
            return AtomicFiles.stage(stash, record, AtomicFiles.Options.NO_BACKUP);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Problem_writeFailed, stash, e.getMessage()), Messages.Advice_writeFailed, e);
        }
    }
}
