package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.ui.internal.BusyWork;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.crypto.keystore.PasswordChangeOperation;

/**
 * The editor's operations beyond rename and delete: certificate requests, CA replies, imports,
 * signing a request with a local CA, exporting a key, changing the password. Files are chosen on the
 * UI thread; reading, signing and writing run off it with a busy cursor; problems are told in words.
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

    private boolean offUiThread(BusyWork.Work work) {
        return BusyWork.run(shell, Messages.Editing_failedTitle, work);
    }

    private String chooseFile(boolean save, String title, String[] extensions, String suggestedName) {
        Path chosen = FileChoosers.chooseOne(shell,
                save ? FileChoosers.Request.save(title, suggestedName, extensions) : FileChoosers.Request.open(title, extensions));
        return chosen == null ? null : chosen.toString();
    }

    private KeyEntry keyEntry(String alias) throws KeyRepositoryException {
        Entry entry = editing.editable().require(alias);
        if (entry instanceof KeyEntry key && !key.chain().isEmpty()) {
            return key;
        }
        throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                Messages.bind(Messages.Actions_notAKey, alias), ""); //$NON-NLS-1$
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
        if (offUiThread(() -> {
            KeyEntry key = keyEntry(alias);
            X509Certificate current = key.chain().get(0);
            List<String> names = new ArrayList<>();
            if (current.getSubjectAlternativeNames() != null) {
                for (List<?> name : current.getSubjectAlternativeNames()) {
                    int tag = (Integer) name.get(0);
                    if (tag == 2 || tag == 7) {
                        names.add((tag == 2 ? "DNS:" : "IP:") + name.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
            String pem = CertificateRequests.pem(CertificateRequests.create(new KeyPair(current.getPublicKey(), key.key()),
                    CertificateNames.of(current.getSubjectX500Principal()), names, SignatureHash.SHA256));
            CertificateExport.writeText(Path.of(target), pem);
        })) {
            editor.recordCommands(Messages.Actions_requestTitle, CommandEquivalents.certificateRequest(editor.commandFile(),
                    editor.commandFormat(), alias, target).commands());
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
        List<X509Certificate> reply = new ArrayList<>();
        if (!offUiThread(() -> reply.addAll(certificates(Path.of(file))))) {
            return;
        }
        CaReplies.Received[] received = new CaReplies.Received[1];
        editor.applyChange(r -> received[0] = CaReplies.receive(r, reply));
        if (received[0] != null) {
            editor.recordCommands(Messages.Actions_receiveTitle, CommandEquivalents.receive(editor.commandFile(),
                    editor.commandFormat(), received[0].alias(), file).commands());
        }
        if (received[0] != null && !received[0].chainComplete()) {
            MessageDialog.openWarning(shell, Messages.Actions_receiveTitle,
                    Messages.bind(Messages.Actions_chainIncomplete, received[0].alias()));
        }
    }

    private static List<X509Certificate> certificates(Path file) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(file).open(PasswordSource.NONE, new NullProgressMonitor()).certificates();
    }

    /** Trusted certificates from PEM, DER, PKCS#7 or a trust bundle, each under its CN. */
    void importCertificates() {
        String file = chooseFile(false, Messages.Actions_importTitle,
                new String[] { "*.pem;*.crt;*.cer;*.arm;*.der;*.p7b;*.p12", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null || !editing.prepare()) {
            return;
        }
        List<X509Certificate> certificates = new ArrayList<>();
        if (offUiThread(() -> certificates.addAll(certificates(Path.of(file))))) {
            List<String> added = new ArrayList<>();
            editor.applyChange(r -> { // runs off the UI thread: only collect here, record below
                List<X509Certificate> present = r.certificates();
                for (X509Certificate cert : certificates) {
                    if (!present.contains(cert)) {
                        String alias = r.uniqueAlias(commonName(cert));
                        r.add(new CertificateEntry(alias, cert));
                        added.add(alias);
                    }
                }
            });
            for (String alias : added) {
                editor.recordCommands(Messages.Actions_importTitle, CommandEquivalents.importCertificate(
                        editor.commandFile(), editor.commandFormat(), alias, file).commands());
            }
        }
    }

    /** Keys with their chains (and trusted certificates) from another PKCS#12, JKS or JCEKS file. */
    void importFromRepository() {
        String file = chooseFile(false, Messages.Actions_importKeysTitle, new String[] { "*.p12;*.pfx;*.jks;*.jceks", "*" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null || !editing.prepare()) {
            return;
        }
        EditableKeyRepository[] other = new EditableKeyRepository[1];
        PasswordSource passwords = new InteractivePasswordSource(shell, password -> Arrays.fill(password, '\0'));
        if (offUiThread(() -> other[0] = EditableKeyRepository.open(new FileKeyRepositoryLocation(Path.of(file)),
                passwords, null))) {
            editor.applyChange(r -> {
                for (Entry entry : other[0].entries()) {
                    r.add(entry);
                }
            });
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
        if (offUiThread(() -> {
            KeyEntry ca = keyEntry(caAlias);
            X509Certificate issued = CertificateRequests.sign(CertificateRequests.read(Path.of(request)),
                    choice.usage(), choice.days(), choice.hash(), List.of(), ca.chain().get(0),
                    ca.key(), new CertificateIssuer(new SecureRandom()));
            List<X509Certificate> chain = new ArrayList<>(List.of(issued));
            chain.addAll(ca.chain());
            CertificateExport.writeText(Path.of(target), CertificateExport.pemChain(chain));
        })) {
            editor.recordCommands(Messages.Actions_signTitle, CommandEquivalents.signRequest(request, caAlias + ".pem", //$NON-NLS-1$
                    caAlias + ".key", target, choice.days()).commands()); //$NON-NLS-1$
            MessageDialog.openInformation(shell, Messages.Actions_signTitle, Messages.bind(Messages.Actions_signed, target));
        }
    }

    /** One key entry with its chain as a PKCS#12 (modern profile) protected by a new password. */
    void exportKey(String alias) {
        if (!editing.prepare()) {
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
            offUiThread(() -> {
                EditableKeyRepository single = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
                single.add(keyEntry(alias));
                KeyRepositoryWriter.save(single, Path.of(target), KeyRepositoryFormat.PKCS12, single.profile(), password);
            });
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
        if (password == null || !editing.prepare()) {
            return false;
        }
        PasswordChangeOperation.Result change = editing.changePassword(password, false);
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

    private static String commonName(X509Certificate cert) {
        return CertificateNames.of(cert.getSubjectX500Principal()).commonName().orElse("certificate"); //$NON-NLS-1$
    }
}
