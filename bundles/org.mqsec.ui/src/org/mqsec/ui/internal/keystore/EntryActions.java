package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.operations.CertificateRequestOperation;
import org.mqsec.crypto.operations.ChangePasswordOperation;
import org.mqsec.crypto.operations.ExportEntryOperation;
import org.mqsec.crypto.operations.ImportCertificatesOperation;
import org.mqsec.crypto.operations.ImportEntriesOperation;
import org.mqsec.crypto.operations.ReceiveReplyOperation;
import org.mqsec.crypto.operations.SignRequestOperation;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;

/**
 * The editor's operations beyond rename and delete: certificate requests, CA replies, imports,
 * signing a request with a local CA, exporting a key, changing the password. Files are chosen on the
 * UI thread; each operation is the one {@code mqsec keystore} runs, in a Job; problems are told in words.
 */
final class EntryActions {

    private final KeyRepositoryEditor editor;
    private final KeyRepositoryEditing editing;
    private final Shell shell;

    EntryActions(KeyRepositoryEditor editor, KeyRepositoryEditing editing, Shell shell) {
        this.editor = editor;
        this.editing = editing;
        this.shell = shell;
    }

    private String chooseFile(boolean save, String title, String[] extensions, String suggestedName) {
        Path chosen = FileChoosers.chooseOne(shell,
                save ? FileChoosers.Request.save(title, suggestedName, extensions) : FileChoosers.Request.open(title, extensions));
        return chosen == null ? null : chosen.toString();
    }

    /** A PKCS#10 request for an entry's key, with its subject and alternative names, as PEM. */
    void createRequest(String alias) {
        if (!editing.prepare()) {
            return;
        }
        String target = chooseFile(true, Messages.Actions_requestTitle, new String[] { "*.csr", "*" }, alias + ".csr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (target == null) {
            return;
        }
        CertificateRequestOperation request = new CertificateRequestOperation(editing.editable(), editor.commandFile(),
                alias, null, List.of(), null, SignatureHash.SHA256, Path.of(target));
        if (editing.run(Messages.Actions_requestTitle, request, false).succeeded()) {
            editor.recordCommands(Messages.Actions_requestTitle, request.equivalentCommands());
            MessageDialog.openInformation(shell, Messages.Actions_requestTitle, Messages.bind(Messages.Actions_requestWritten, target));
        }
    }

    /** The CA's reply: the certificate that matches a key becomes its certificate, chain completed. */
    void receive() {
        String file = chooseFile(false, Messages.Actions_receiveTitle,
                new String[] { "*.pem;*.crt;*.cer;*.arm;*.der;*.p7b", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null || !editing.prepare()) {
            return;
        }
        KeyRepositoryWork.Outcome<CaReplies.Received> received = editor.runChange(Messages.Actions_receiveTitle,
                new ReceiveReplyOperation(editing.editable(), editor.commandFile(), Path.of(file)));
        if (received.succeeded() && !received.value().chainComplete()) {
            MessageDialog.openWarning(shell, Messages.Actions_receiveTitle,
                    Messages.bind(Messages.Actions_chainIncomplete, received.value().alias()));
        }
    }

    /** Trusted certificates from PEM, DER, PKCS#7 or a trust bundle, each under its CN. */
    void importCertificates() {
        String file = chooseFile(false, Messages.Actions_importTitle,
                new String[] { "*.pem;*.crt;*.cer;*.arm;*.der;*.p7b;*.p12", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (file != null && editing.prepare()) {
            editor.runChange(Messages.Actions_importTitle,
                    new ImportCertificatesOperation(editing.editable(), editor.commandFile(), Path.of(file), null));
        }
    }

    /** Keys with their chains (and trusted certificates) from another PKCS#12, JKS or JCEKS file; all or nothing. */
    void importFromRepository() {
        String file = chooseFile(false, Messages.Actions_importKeysTitle, new String[] { "*.p12;*.pfx;*.kdb;*.jks;*.jceks", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null || !editing.prepare()) {
            return;
        }
        PasswordSource passwords = new InteractivePasswordSource(shell, password -> Arrays.fill(password, '\0'));
        KeyRepositoryWork.Outcome<EditableKeyRepository> other = new KeyRepositoryWork<>(Messages.Actions_importKeysTitle,
                KeyRepositoryJobs.OPEN,
                monitor -> EditableKeyRepository.open(new FileKeyRepositoryLocation(Path.of(file)), passwords, monitor))
                .runAndWait(shell);
        if (other.succeeded()) {
            editor.runChange(Messages.Actions_importKeysTitle,
                    new ImportEntriesOperation(editing.editable(), other.value(), file, null));
        }
    }

    /** Signs a request file with a CA entry of this repository; writes the certificate and chain as PEM. */
    void signRequest(String caAlias) {
        if (!editing.prepare()) {
            return;
        }
        String request = chooseFile(false, Messages.Actions_signTitle, new String[] { "*.csr;*.req;*.pem", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (request == null) {
            return;
        }
        String target = chooseFile(true, Messages.Actions_signTitle, new String[] { "*.pem", "*" }, //$NON-NLS-1$ //$NON-NLS-2$
                Path.of(request).getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-signed.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (target == null) {
            return;
        }
        SignRequestDialog.Choice choice = SignRequestDialog.ask(shell, Path.of(request).getFileName().toString());
        if (choice == null) {
            return;
        }
        SignRequestOperation sign = new SignRequestOperation(editing.editable(), caAlias, Path.of(request), choice.usage(),
                choice.days(), choice.hash(), List.of(), Path.of(target), new SecureRandom());
        KeyRepositoryWork.Outcome<X509Certificate> signed = editing.run(Messages.Actions_signTitle, sign, false);
        if (signed.succeeded()) {
            editor.recordCommands(Messages.Actions_signTitle, sign.equivalentCommands());
            MessageDialog.openInformation(shell, Messages.Actions_signTitle, Messages.bind(Messages.Actions_signed, target));
        }
    }

    /** One key entry with its chain as a PKCS#12 (modern profile) protected by a new password. */
    void exportKey(String alias) {
        if (!editing.prepare()) {
            return;
        }
        Entry entry = editing.editable().entry(alias).orElse(null);
        if (!(entry instanceof KeyEntry key)) {
            MessageDialog.openError(shell, Messages.Actions_exportKeyTitle, Messages.bind(Messages.Actions_notAKey, alias));
            return;
        }
        String target = chooseFile(true, Messages.Actions_exportKeyTitle, new String[] { "*.p12", "*" }, alias + ".p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (target == null) {
            return;
        }
        char[] password = NewPasswordDialog.ask(shell, Messages.Actions_exportKeyTitle, Messages.bind(Messages.Actions_exportKeyPassword, target));
        if (password == null) {
            return;
        }
        try {
            editing.run(Messages.Actions_exportKeyTitle, ExportEntryOperation.key(editor.commandFile(), editor.commandFormat(),
                    key, Path.of(target), org.mqsec.crypto.keystore.Pkcs12Profile.MODERN, password), false);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * A new password for the repository: written at once, into the stash if there is one, and the
     * backup that the old password protects removed; the user is told what happened beside it.
     */
    boolean changePassword() {
        char[] password = NewPasswordDialog.ask(shell, Messages.Actions_passwordTitle,
                Messages.bind(Messages.Actions_passwordMessage, editing.location().name()));
        if (password == null) {
            return false;
        }
        if (!editing.prepare()) {
            Arrays.fill(password, '\0');
            return false;
        }
        ChangePasswordOperation.Result change = editing.changePassword(password, false);
        if (change == null) {
            return false;
        }
        editor.recordCommands(Messages.Actions_passwordTitle, CommandEquivalents.changePassword(editor.commandFile(),
                editor.commandFormat(), change.stash() != null).commands());
        if (!change.report().isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Actions_passwordChangedTitle, String.join("\n\n", change.report())); //$NON-NLS-1$
        }
        return true;
    }
}
