package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.tls.ExistingKeyRepository;
import org.mqsec.crypto.tls.TlsChannelArtefacts;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code mqsec tls plan SPEC.json --out DIR}: the TLS channel wizard's model from a file, the same
 * rules and the same artefacts as the wizard's Finish. Exits 1, writing nothing, when a finding is an
 * error.
 */
final class TlsCommands {

    private static final Set<String> FIELDS = Arrays.stream(TlsChannelSpec.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final PrintStream out;
    private final PrintStream err;

    TlsCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, KeyRepositoryException {
        if (words.isEmpty() || !"plan".equals(words.get(0))) { //$NON-NLS-1$
            throw new UsageException(Messages.Usage_tlsCommand);
        }
        Arguments args = Arguments.parse(words.subList(1, words.size()), Set.of("out", "password-file", "password-env", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "server-password-file", "server-password-env", "client-password-file", "client-password-env"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path file = Path.of(args.singleOperand(Messages.Usage_specOperand));
        if (args.value("out") == null) { //$NON-NLS-1$
            throw new UsageException(NLS.bind(Messages.Usage_optionRequired, "out")); //$NON-NLS-1$
        }
        TlsChannelSpec spec = read(file);
        // the labels to read under, defaults included; the spec itself takes the certificates' subjects once read
        TlsChannelSpec labels = spec.withDefaults();
        ExistingKeyRepository server = existing(labels.serverRepository(), labels.certificateLabel(), args, "server"); //$NON-NLS-1$
        ExistingKeyRepository client = labels.mutualTls() ? existing(labels.clientRepository(), labels.clientLabel(), args, "client") //$NON-NLS-1$
                : null;
        CommandLinePasswords passwords = CommandLinePasswords.from(args.value("password-file"), args.value("password-env")); //$NON-NLS-1$ //$NON-NLS-2$
        char[] password = passwords.newPassword(Messages.Tls_repositories);
        TlsChannelArtefacts.Outcome outcome;
        try {
            outcome = TlsChannelArtefacts.write(spec, server, client, Path.of(args.value("out")), password, new SecureRandom()); //$NON-NLS-1$
        } finally {
            Arrays.fill(password, '\0');
            passwords.clear();
        }
        for (Finding finding : outcome.findings()) {
            out.println(finding);
        }
        if (Finding.hasErrors(outcome.findings())) {
            err.println(Messages.Tls_notWritten);
            return Mqsec.FAILED;
        }
        for (Path written : outcome.files()) {
            out.println(NLS.bind(Messages.Tls_written, written));
        }
        return Mqsec.OK;
    }

    /**
     * The existing key repository the spec names for one end, read with the password from
     * --{@code end}-password-file or -env (or typed); null when the spec makes a new one.
     */
    private static ExistingKeyRepository existing(String repository, String label, Arguments args, String end)
            throws KeyRepositoryException, UsageException {
        if (repository.isEmpty()) {
            return null;
        }
        CommandLinePasswords passwords = CommandLinePasswords.from(args.value(end + "-password-file"), args.value(end + "-password-env")); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return ExistingKeyRepository.read(Path.of(repository), label, passwords, new NullProgressMonitor());
        } finally {
            passwords.clear();
        }
    }

    /** The spec, refusing what it does not know instead of ignoring it. */
    private static TlsChannelSpec read(Path file) throws KeyRepositoryException {
        try {
            JsonElement json = JsonParser.parseString(Files.readString(file));
            if (!json.isJsonObject()) {
                throw bad(file, Messages.Tls_specNotObject);
            }
            JsonObject object = json.getAsJsonObject();
            for (String key : object.keySet()) {
                if (!FIELDS.contains(key)) {
                    throw bad(file, NLS.bind(Messages.Tls_specUnknownField, key));
                }
            }
            TlsChannelSpec spec = new Gson().fromJson(object, TlsChannelSpec.class);
            if (object.has("platform") && spec.platform() == null) { //$NON-NLS-1$
                throw bad(file, NLS.bind(Messages.Tls_specBadPlatform, object.get("platform"))); //$NON-NLS-1$
            }
            return spec;
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNREADABLE,
                    NLS.bind(Messages.Tls_specUnreadable, file, e.getMessage()), ""); //$NON-NLS-1$
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw bad(file, e.getMessage());
        }
    }

    private static KeyRepositoryException bad(Path file, String what) {
        return new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT, NLS.bind(Messages.Tls_specBad, file, what),
                Messages.Tls_specBadFix);
    }
}
