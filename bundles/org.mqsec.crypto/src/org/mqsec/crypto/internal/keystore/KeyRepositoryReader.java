package org.mqsec.crypto.internal.keystore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/** Reads one file format into the common model. */
public interface KeyRepositoryReader {

    KeyRepositoryFormat format();

    KeyRepository read(RepositoryFile file, PasswordSource passwords, IProgressMonitor monitor)
            throws KeyRepositoryException;
}
