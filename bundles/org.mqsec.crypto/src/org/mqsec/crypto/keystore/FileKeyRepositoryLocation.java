package org.mqsec.crypto.keystore;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.internal.keystore.KeyRepositoryFiles;

/** A key repository in a file: PKCS#12, JKS, JCEKS, PEM bundle, DER certificate or PKCS#7. */
public final class FileKeyRepositoryLocation implements KeyRepositoryLocation {

    private final Path path;
    private final KeyRepositoryFormat format;

    /** A file whose format is detected from its content. */
    public FileKeyRepositoryLocation(Path path) {
        this(path, null);
    }

    /** @param format the format to read the file as, or null to detect it */
    public FileKeyRepositoryLocation(Path path, KeyRepositoryFormat format) {
        this.path = path.toAbsolutePath().normalize();
        this.format = format;
    }

    public Path path() {
        return path;
    }

    /** The format the file is to be read as, or null when it is detected from the content. */
    public KeyRepositoryFormat forcedFormat() {
        return format;
    }

    @Override
    public String name() {
        return String.valueOf(path.getFileName());
    }

    @Override
    public String description() {
        return path.toString();
    }

    @Override
    public String storageKey() {
        return "file:" + path; //$NON-NLS-1$
    }

    @Override
    public KeyRepository open(PasswordSource passwords, IProgressMonitor monitor) throws KeyRepositoryException {
        return KeyRepositoryFiles.open(path, storageKey(), format, passwords, monitor);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileKeyRepositoryLocation file && file.path.equals(path)
                && Objects.equals(file.format, format);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
