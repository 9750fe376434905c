package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.FileStamp;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.StashFile;

/** Opens key repository files: checks, reads once, detects the format, hands over to the reader. */
public final class KeyRepositoryFiles {

    /**
     * Larger than any real key repository (10,000 entries of PKCS#12 are about 12 MiB); anything
     * bigger is refused before it is read, so a wrong file cannot exhaust memory.
     */
    public static final long MAX_SIZE = 256L * 1024 * 1024;

    private static final List<KeyRepositoryReader> READERS = List.of(
            new Pkcs12Reader(),
            new JavaKeyStoreReader(KeyRepositoryFormat.JKS),
            new JavaKeyStoreReader(KeyRepositoryFormat.JCEKS),
            new CmsReader(),
            new PemBundleReader(),
            new CertificateFileReader(KeyRepositoryFormat.DER_CERTIFICATE),
            new CertificateFileReader(KeyRepositoryFormat.PKCS7));

    private KeyRepositoryFiles() {
    }

    public static KeyRepositoryException cancelled() {
        return new KeyRepositoryException(Problem.CANCELLED, Messages.Problem_cancelled, ""); //$NON-NLS-1$
    }

    /**
     * @param storageKey the location's identity, handed to the password source with each request
     * @param forced     the format to read the file as, or null to detect it from the content
     */
    public static KeyRepository open(Path path, String storageKey, KeyRepositoryFormat forced,
            PasswordSource passwords, IProgressMonitor monitor) throws KeyRepositoryException {
        return read(path, storageKey, forced, passwords, false, monitor).toRepository(String.valueOf(path.getFileName()));
    }

    /** What was read for changing: the content with keys decrypted, and the bytes' stamp. */
    public record ReadForEditing(ReadResult content, FileStamp stamp) {
    }

    /** Reads with keys decrypted, for changing the repository. */
    public static ReadForEditing openForEditing(Path path, String storageKey, KeyRepositoryFormat forced,
            PasswordSource passwords, IProgressMonitor monitor) throws KeyRepositoryException {
        byte[] bytes = readBytes(path, String.valueOf(path.getFileName()));
        return new ReadForEditing(read(path, bytes, storageKey, forced, passwords, true, monitor), FileStamp.of(bytes));
    }

    private static ReadResult read(Path path, String storageKey, KeyRepositoryFormat forced,
            PasswordSource passwords, boolean withKeys, IProgressMonitor monitor) throws KeyRepositoryException {
        return read(path, readBytes(path, String.valueOf(path.getFileName())), storageKey, forced, passwords, withKeys,
                monitor);
    }

    private static ReadResult read(Path path, byte[] bytes, String storageKey, KeyRepositoryFormat forced,
            PasswordSource passwords, boolean withKeys, IProgressMonitor monitor) throws KeyRepositoryException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Progress_opening, path.getFileName()), 100);
        String name = String.valueOf(path.getFileName());
        RepositoryFile file = new RepositoryFile(name, storageKey, bytes);
        progress.worked(10);
        if (progress.isCanceled()) {
            throw cancelled();
        }
        KeyRepositoryFormat detected;
        try {
            detected = FormatDetector.detect(file).orElse(null);
        } catch (KeyRepositoryException e) {
            if (FormatDetector.isCmsKeyDatabase(name)) {
                throw cms(name);
            }
            throw e;
        }
        KeyRepositoryFormat format = forced != null ? forced : detected;
        if (forced != null && detected != null && forced != detected) {
            // the JDK's "JKS" type would happily read PKCS#12: say what the file really is instead
            throw new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Problem_wrongType,
                    new Object[] { name, forced.displayName(), detected.displayName() }), Messages.Advice_wrongType);
        }
        if (format == null) {
            throw FormatDetector.isCmsKeyDatabase(name) ? cms(name)
                    : new KeyRepositoryException(Problem.UNKNOWN_FORMAT,
                            Messages.bind(Messages.Problem_unknownFormat, name), Messages.Advice_unknownFormat);
        }
        for (KeyRepositoryReader reader : READERS) {
            if (reader.format() == format) {
                StashFirst stashed = StashFirst.besides(path, passwords);
                if (stashed == null) {
                    return reader.read(file, passwords, withKeys, progress.split(90));
                }
                try {
                    return reader.read(file, stashed, withKeys, progress.split(90));
                } catch (KeyRepositoryException e) {
                    throw stashed.explain(e, path);
                } finally {
                    stashed.clear();
                }
            }
        }
        throw new IllegalStateException(format.toString());
    }

    /**
     * The password in the stash beside a key repository ({@code key.sth} beside {@code key.kdb} or
     * {@code key.p12}), tried before the source is asked, as {@code runmqakm -stashed} and the queue
     * manager use it.
     */
    private static final class StashFirst implements PasswordSource {
        private final char[] stashed;
        private final PasswordSource fallback;
        private boolean offered;
        private boolean rejected;

        private StashFirst(char[] stashed, PasswordSource fallback) {
            this.stashed = stashed;
            this.fallback = fallback;
        }

        /** Null when there is no readable stash beside {@code path}. */
        static StashFirst besides(Path path, PasswordSource fallback) {
            Path stash = StashFile.besides(path);
            if (stash.equals(path) || !Files.isRegularFile(stash)) {
                return null;
            }
            try {
                return new StashFirst(StashFile.read(stash), fallback);
            } catch (IOException e) {
                return null; // not a stash: the source is asked, as if there were none
            }
        }

        @Override
        public char[] password(PasswordRequest request) {
            if (!offered) {
                offered = true;
                return stashed.clone();
            }
            rejected = true;
            return fallback.password(new PasswordRequest(request.location(), request.storageKey(), Math.max(0, request.failedTries() - 1)));
        }

        @Override
        public void accepted(PasswordRequest request, char[] password) {
            fallback.accepted(request, password);
        }

        /** A wrong stash and no other password: say that the stash is what is wrong. */
        KeyRepositoryException explain(KeyRepositoryException e, Path path) {
            if (rejected && (e.problem() == Problem.PASSWORD_REQUIRED || e.problem() == Problem.WRONG_PASSWORD)) {
                return new KeyRepositoryException(e.problem(), Messages.bind(Messages.Cms_stashWrong, StashFile.besides(path).getFileName(),
                        path.getFileName()), Messages.Advice_cmsStashWrong, e);
            }
            return e;
        }

        void clear() {
            Arrays.fill(stashed, '\0');
        }
    }

    private static byte[] readBytes(Path path, String name) throws KeyRepositoryException {
        try {
            if (!Files.exists(path)) {
                throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Problem_notFound, path),
                        Messages.Advice_notFound);
            }
            if (!Files.isRegularFile(path)) {
                throw new KeyRepositoryException(Problem.NOT_A_FILE, Messages.bind(Messages.Problem_notAFile, path),
                        Messages.Advice_notFound);
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new KeyRepositoryException(Problem.EMPTY, Messages.bind(Messages.Problem_empty, name),
                        Messages.Advice_empty);
            }
            if (size > MAX_SIZE) {
                throw new KeyRepositoryException(Problem.TOO_LARGE,
                        Messages.bind(Messages.Problem_tooLarge, name, size / (1024 * 1024)), Messages.Advice_unknownFormat);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Problem_notFound, path),
                    Messages.Advice_notFound, e);
        } catch (AccessDeniedException e) {
            throw new KeyRepositoryException(Problem.UNREADABLE, Messages.bind(Messages.Problem_unreadable, path),
                    Messages.Advice_unreadable, e);
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.UNREADABLE,
                    Messages.bind(Messages.Problem_ioError, path, e.getMessage()), Messages.Advice_unreadable, e);
        }
    }

    /** A file named as GSKit names its files whose content is none we read. */
    private static KeyRepositoryException cms(String name) {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".kdb")) { //$NON-NLS-1$
            return new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT, Messages.bind(Messages.Problem_cmsNotCms, name),
                    Messages.Advice_cmsNotCms);
        }
        return new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT, Messages.bind(Messages.Problem_cms, name),
                Messages.Advice_cms);
    }
}
