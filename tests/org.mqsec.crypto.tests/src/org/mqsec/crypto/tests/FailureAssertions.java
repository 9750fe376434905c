package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.PasswordSource;

final class FailureAssertions {

    private FailureAssertions() {
    }

    static KeyRepositoryException fails(Path file, PasswordSource passwords) {
        return assertThrows(KeyRepositoryException.class,
                () -> new FileKeyRepositoryLocation(file).open(passwords, new NullProgressMonitor()));
    }
}
