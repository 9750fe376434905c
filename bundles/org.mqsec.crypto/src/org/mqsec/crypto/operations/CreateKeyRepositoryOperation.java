package org.mqsec.crypto.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;

/**
 * A new, empty key repository, and for a queue manager's PKCS#12 the stash file beside it. Refuses
 * a file that exists (it is never replaced), a missing folder, an empty password and a stash for a
 * format a queue manager does not read; warns about short passwords, the compatible profile and
 * formats only Java reads.
 */
public final class CreateKeyRepositoryOperation extends KeyRepositoryOperation<Path> {

    public static final String EXISTS = "KEYSTORE_EXISTS"; //$NON-NLS-1$
    public static final String NO_FOLDER = "KEYSTORE_FOLDER_MISSING"; //$NON-NLS-1$
    public static final String STASH_NOT_PKCS12 = "KEYSTORE_STASH_NOT_PKCS12"; //$NON-NLS-1$
    public static final String JAVA_ONLY = "KEYSTORE_JAVA_ONLY"; //$NON-NLS-1$
    public static final String COMPATIBLE = "KEYSTORE_COMPATIBLE_PROTECTION"; //$NON-NLS-1$
    public static final String PASSWORD_EMPTY = "PASSWORD_EMPTY"; //$NON-NLS-1$
    public static final String PASSWORD_SHORT = "PASSWORD_SHORT"; //$NON-NLS-1$

    /** Shorter passwords get a warning: the file is as strong as its password. */
    public static final int SHORT_PASSWORD = 8;

    private final Path file;
    private final KeyRepositoryFormat format;
    private final Pkcs12Profile profile;
    private final char[] password;
    private final boolean stash;

    /** @param password not cleared: the caller owns it */
    public CreateKeyRepositoryOperation(Path file, KeyRepositoryFormat format, Pkcs12Profile profile, char[] password,
            boolean stash) {
        this.file = file;
        this.format = format;
        this.profile = profile;
        this.password = password;
        this.stash = stash;
    }

    /** What a new password for a key repository needs: not empty; eight characters or more advised. */
    public static List<Finding> passwordFindings(char[] password) {
        if (password == null || password.length == 0) {
            return List.of(Finding.error(PASSWORD_EMPTY, "password", Messages.Operation_passwordEmpty, //$NON-NLS-1$
                    Messages.Operation_passwordEmptyFix));
        }
        if (password.length < SHORT_PASSWORD) {
            return List.of(Finding.warning(PASSWORD_SHORT, "password", //$NON-NLS-1$
                    Messages.bind(Messages.Operation_passwordShort, SHORT_PASSWORD), Messages.Operation_passwordShortFix));
        }
        return List.of();
    }

    /** What the format and protection chosen for a new file mean for its readers. */
    public static List<Finding> formatFindings(KeyRepositoryFormat format, Pkcs12Profile profile, boolean stash) {
        List<Finding> findings = new ArrayList<>();
        if (stash && format != KeyRepositoryFormat.PKCS12 && format != KeyRepositoryFormat.CMS) {
            findings.add(Finding.error(STASH_NOT_PKCS12, "stash", //$NON-NLS-1$
                    Messages.bind(Messages.Operation_stashNotPkcs12, format.displayName()), Messages.Operation_stashNotPkcs12Fix));
        }
        if (format == KeyRepositoryFormat.JKS || format == KeyRepositoryFormat.JCEKS) {
            findings.add(Finding.warning(JAVA_ONLY, "format", Messages.bind(Messages.Operation_javaOnly, format.displayName()), //$NON-NLS-1$
                    Messages.Operation_javaOnlyFix));
        } else if (format == KeyRepositoryFormat.PKCS12 && profile == Pkcs12Profile.COMPATIBLE) {
            findings.add(Finding.warning(COMPATIBLE, "profile", Pkcs12Profile.COMPATIBLE.description(), //$NON-NLS-1$
                    Messages.Operation_compatibleFix));
        }
        return findings;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            findings.add(Finding.error(NO_FOLDER, "file", Messages.bind(Messages.Operation_noFolder, folder), //$NON-NLS-1$
                    Messages.Operation_noFolderFix));
        } else if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            findings.add(Finding.error(EXISTS, "file", Messages.bind(Messages.Operation_exists, file), //$NON-NLS-1$
                    Messages.Operation_existsFix));
        }
        findings.addAll(passwordFindings(password));
        findings.addAll(formatFindings(format, profile, stash));
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.create(file.toString(), format, stash).commands();
    }

    /** The stash file this operation writes, or null. */
    public Path stashFile() {
        return stash ? StashFile.besides(file) : null;
    }

    @Override
    protected Path execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_creating, file));
        KeyRepositoryWriter.save(new EditableKeyRepository(format, profile), file, format, profile, password,
                new KeyRepositoryWriter.SaveOptions(false, false));
        progress.worked(80);
        if (stash) {
            try {
                StashFile.write(stashFile(), password);
            } catch (IOException e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                        Messages.bind(Messages.Operation_stashFailed, stashFile(), e.getMessage()),
                        Messages.Advice_writeFailed, e);
            }
        }
        return file;
    }
}
