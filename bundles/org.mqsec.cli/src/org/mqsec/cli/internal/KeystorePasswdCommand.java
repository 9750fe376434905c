package org.mqsec.cli.internal;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.ChangePasswordOperation;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec keystore passwd FILE}: a new password, written at once with the stash; the backup the
 * old password protects is removed (or re-encrypted with --keep-backup). The protection is kept.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystorePasswdCommand extends KeystoreChange {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.New newPassword;

    @Option(names = "--stash", descriptionKey = "passwd-stash")
    boolean stash;

    @Option(names = "--keep-backup", descriptionKey = "keep-backup")
    boolean keepBackup;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            CommandLinePasswords passwords = CommandLinePasswords.of(newPassword);
            char[] secret = passwords.newPassword(opened.path.toString());
            ChangePasswordOperation.Result change;
            try {
                change = run(new ChangePasswordOperation(opened.repository, opened.path, opened.passwords.acceptedPassword(),
                        secret, stash, keepBackup));
            } finally {
                Arrays.fill(secret, '\0');
                passwords.clear();
            }
            lines.add(NLS.bind(Messages.Change_passwordChanged, opened.path));
            lines.addAll(change.report());
            result.addProperty("file", opened.path.toString()); //$NON-NLS-1$
            if (change.stash() != null) {
                result.addProperty("stash", change.stash().toString()); //$NON-NLS-1$
            }
            if (change.backupKept() != null) {
                result.addProperty("backupKept", change.backupKept().toString()); //$NON-NLS-1$
            }
            if (change.backupRemoved() != null) {
                result.addProperty("backupRemoved", change.backupRemoved().toString()); //$NON-NLS-1$
            }
        }
    }
}
