package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.operations.KeyRepositoryOperation;
import org.mqsec.crypto.operations.SaveKeyRepositoryOperation;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Option;

/**
 * A {@code mqsec keystore} command that changes or makes files: it runs the same operations as the
 * editor and the wizards ({@code org.mqsec.crypto.operations}), then reports as text or, with --json,
 * as an object with {@code operation}, {@code file}, {@code entry}, {@code warnings} and, with
 * --show-commands, {@code commands} (runmqakm, keytool, openssl equivalents, passwords as placeholders).
 * Nothing is written when anything fails.
 */
abstract class KeystoreChange extends KeystoreFileCommand {

    @Option(names = "--show-commands", descriptionKey = "show-commands")
    boolean showCommands;

    @Option(names = "--upgrade-cms", descriptionKey = "upgrade-cms")
    boolean upgradeCms;

    /** What the command did. */
    final JsonObject result = new JsonObject();
    final List<String> lines = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    Map<String, List<String>> commands = Map.of();

    /** Does the work, filling {@link #result}, {@link #lines}, {@link #warnings} and {@link #commands}. */
    abstract void change() throws KeyRepositoryException, UsageException;

    @Override
    public final Integer call() throws KeyRepositoryException, UsageException {
        result.addProperty("operation", spec.name()); //$NON-NLS-1$
        change();
        print();
        return Mqsec.OK;
    }

    private void print() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (json) {
            JsonArray array = new JsonArray();
            warnings.forEach(array::add);
            result.add("warnings", array); //$NON-NLS-1$
            if (showCommands) {
                JsonObject tools = new JsonObject();
                commands.forEach((tool, toolLines) -> {
                    JsonArray commandLines = new JsonArray();
                    toolLines.forEach(commandLines::add);
                    tools.add(tool, commandLines);
                });
                result.add("commands", tools); //$NON-NLS-1$
            }
            out.println(JsonOutput.text(result));
            return;
        }
        warnings.forEach(w -> err.println(NLS.bind(Messages.Warning_prefix, w)));
        lines.forEach(out::println);
        if (showCommands) {
            commands.forEach((tool, toolLines) -> {
                out.println(NLS.bind(Messages.Change_equivalent, tool));
                toolLines.forEach(line -> out.println("  " + line)); //$NON-NLS-1$
            });
        }
    }

    // ---- running operations ----------------------------------------------------------------------

    /** Runs an operation: its warnings reported, its errors refused before anything is done. */
    <R> R run(KeyRepositoryOperation<R> operation) throws KeyRepositoryException {
        KeyRepositoryOperation.refuseErrors(operation.findings());
        warn(operation.warnings());
        R value = operation.run(new NullProgressMonitor());
        commands = operation.equivalentCommands();
        return value;
    }

    void warn(List<Finding> findings) {
        findings.forEach(f -> warnings.add(f.message() + (f.fix().isEmpty() ? "" : " " + f.fix()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ---- opening and saving ------------------------------------------------------------------------

    /** An open repository with the password that opened it (cleared by {@link #close()}). */
    static final class Opened implements AutoCloseable {
        final Path path;
        final EditableKeyRepository repository;
        final CommandLinePasswords passwords;

        private Opened(Path path, EditableKeyRepository repository, CommandLinePasswords passwords) {
            this.path = path;
            this.repository = repository;
            this.passwords = passwords;
        }

        static Opened open(Path path, KeyRepositoryFormat format, PasswordOptions options) throws KeyRepositoryException {
            CommandLinePasswords passwords = CommandLinePasswords.of(options);
            try {
                EditableKeyRepository repository = EditableKeyRepository.open(new FileKeyRepositoryLocation(path, format),
                        passwords, new NullProgressMonitor());
                return new Opened(path, repository, passwords);
            } catch (KeyRepositoryException | RuntimeException e) {
                passwords.clear();
                throw e;
            }
        }

        @Override
        public void close() {
            passwords.clear();
        }
    }

    Opened open() throws KeyRepositoryException {
        return Opened.open(file, type, password);
    }

    /** Writes the repository back in its own format, with the protection it was read with unless {@code profile} is chosen. */
    void save(Opened opened, Pkcs12Profile profile) throws KeyRepositoryException {
        Map<String, List<String>> changeCommands = commands;
        if (upgradeCms && opened.repository.format() == KeyRepositoryFormat.CMS && opened.repository.cmsProfile().needsUpgrade()) {
            opened.repository.upgradeCms();
            warnings.add(Messages.Keystore_cmsUpgraded);
        }
        run(new SaveKeyRepositoryOperation(opened.repository, opened.path, null, profile,
                opened.passwords.acceptedPassword(), KeyRepositoryWriter.SaveOptions.DEFAULT));
        commands = changeCommands;
        result.addProperty("file", opened.path.toString()); //$NON-NLS-1$
        result.addProperty("format", opened.repository.format().id()); //$NON-NLS-1$
    }

    void describe(Entry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("alias", entry.alias()); //$NON-NLS-1$
        if (entry instanceof KeyEntry key && !key.chain().isEmpty()) {
            json.addProperty("subject", key.chain().get(0).getSubjectX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("issuer", key.chain().get(0).getIssuerX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("chainLength", key.chain().size()); //$NON-NLS-1$
        } else if (entry instanceof CertificateEntry cert) {
            json.addProperty("subject", cert.certificate().getSubjectX500Principal().getName()); //$NON-NLS-1$
        }
        result.add("entry", json); //$NON-NLS-1$
    }

    /** Comma-separated values of an option, trimmed, empty ones dropped. */
    static List<String> list(String value) {
        return value == null ? List.of() : List.of(value.split(",")).stream().map(String::trim) //$NON-NLS-1$
                .filter(s -> !s.isEmpty()).toList();
    }
}
