package org.mqsec.cli.internal;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/** A {@code mqsec keystore} command that only reads: the editor's table and details pane as text or JSON. */
abstract class KeystoreReading extends KeystoreFileCommand {

    KeyRepository open() throws KeyRepositoryException {
        CommandLinePasswords passwords = CommandLinePasswords.of(password);
        try {
            return new FileKeyRepositoryLocation(file, type).open(passwords, new NullProgressMonitor());
        } finally {
            passwords.clear();
        }
    }
}
