package org.mqsec.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;
import org.mqsec.ui.internal.PathFacts;

/** The New Key Repository wizard's logic: MQ suggestions, checks, and writing the empty repository. */
public final class NewKeyRepositoryController {

    /** IBM MQ object names: at most 48 of A-Z a-z 0-9 . / _ % (IBM MQ "Rules for naming IBM MQ objects"). */
    private static final String QUEUE_MANAGER_NAME = "[A-Za-z0-9./_%]{1,48}"; //$NON-NLS-1$

    private final NewKeyRepositoryModel model;

    public NewKeyRepositoryController(NewKeyRepositoryModel model) {
        this.model = model;
    }

    public NewKeyRepositoryModel model() {
        return model;
    }

    /** Where MQ keeps a queue manager's key repository on Linux and UNIX, by default. */
    public String suggestedFolder() {
        return model.queueManager.isBlank() || model.zos ? "" : "/var/mqm/qmgrs/" + model.queueManager.strip() + "/ssl"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The label the queue manager looks for when CERTLABL is not set. */
    public String defaultLabel() {
        String name = model.queueManager.strip();
        if (name.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        return model.zos ? "ibmWebSphereMQ" + name : "ibmwebspheremq" + name.toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The SSLKEYR value: the path without its extension, as ALTER QMGR SSLKEYR takes it. */
    public String keyRepositoryStem() {
        Path path = path();
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return path.resolveSibling(dot > 0 ? name.substring(0, dot) : name).toString();
    }

    public Path path() {
        return Path.of(model.folder.isBlank() ? "." : model.folder.strip()).resolve(model.fileName.strip()); //$NON-NLS-1$
    }

    /** The location's findings; what is on disk as {@code files} last saw it (nothing said while not known). */
    public List<Finding> locationFindings(PathFacts files) {
        List<Finding> findings = new ArrayList<>();
        if (!model.queueManager.isBlank() && !model.queueManager.strip().matches(QUEUE_MANAGER_NAME)) {
            findings.add(Finding.error(Messages.bind(Messages.New_badQueueManager, model.queueManager),
                    Messages.New_badQueueManagerFix));
        }
        if (model.zos) {
            findings.add(Finding.info(Messages.New_zos, "")); //$NON-NLS-1$
        }
        if (model.fileName.isBlank()) {
            findings.add(Finding.error(Messages.New_noFileName, Messages.New_noFileNameFix));
            return findings;
        }
        Path folder = path().getParent();
        if (folder != null && files.notAFolder(folder)) {
            findings.add(Finding.error(Messages.bind(Messages.New_noFolder, folder), Messages.New_noFolderFix));
        } else if (files.exists(path())) {
            findings.add(Finding.error(Messages.bind(Messages.New_exists, path()), Messages.New_existsFix));
        }
        findings.addAll(CreateKeyRepositoryOperation.formatFindings(model.format, model.profile, stash()));
        return findings;
    }

    public List<Finding> passwordFindings() {
        if (model.password.length > 0 && !Arrays.equals(model.password, model.confirmation)) {
            return List.of(Finding.error(Messages.New_passwordsDiffer, Messages.New_passwordsDifferFix));
        }
        return CreateKeyRepositoryOperation.passwordFindings(model.password);
    }

    /** A stash is written for PKCS#12 and CMS only: the page disables the choice for the Java formats. */
    private boolean stash() {
        return model.stash && takesStash(model.format);
    }

    /** Whether a queue manager or C client reads the format, and so a stash beside it. */
    public static boolean takesStash(KeyRepositoryFormat format) {
        return format == KeyRepositoryFormat.PKCS12 || format == KeyRepositoryFormat.CMS;
    }

    /**
     * Chooses the format, and gives the file name the format's extension when it has one of the
     * others (key.p12 becomes key.kdb), so the name says what the file is, as GSKit expects.
     */
    public void chooseFormat(KeyRepositoryFormat format) {
        String name = model.fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
        if (EXTENSIONS.containsValue(extension)) {
            model.fileName = name.substring(0, dot) + EXTENSIONS.get(format);
        }
        model.format = format;
    }

    private static final java.util.Map<KeyRepositoryFormat, String> EXTENSIONS = java.util.Map.of(KeyRepositoryFormat.PKCS12, ".p12", //$NON-NLS-1$
            KeyRepositoryFormat.CMS, ".kdb", KeyRepositoryFormat.JKS, ".jks", KeyRepositoryFormat.JCEKS, ".jceks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /**
     * What Finish runs (in a Job): the operation {@code mqsec keystore create} runs too. It refuses a
     * missing folder or a file already there itself, since the page's findings may be a moment old.
     * The password is passed in because the wizard clears the model's copy when it closes; not cleared.
     */
    public CreateKeyRepositoryOperation operation(char[] password) {
        return new CreateKeyRepositoryOperation(path(), model.format, model.profile, password, stash());
    }
}
