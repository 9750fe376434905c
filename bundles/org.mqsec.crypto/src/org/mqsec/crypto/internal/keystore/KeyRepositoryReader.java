package org.mqsec.crypto.internal.keystore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/** Reads one file format into the common model. */
public interface KeyRepositoryReader {

    KeyRepositoryFormat format();

    /**
     * @param withKeys decrypt private and secret keys too (for editing); listing leaves them encrypted
     */
    ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException;
}
