package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
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

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec tls plan SPEC.json --out DIR}: the TLS channel wizard's model from a file, the same
 * rules and the same artefacts as the wizard's Finish. Exits 1, writing nothing, when a finding is an
 * error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TlsPlanCommand implements Callable<Integer> {

    /** The spec's fields and the Java type each holds, to check the JSON's values against. */
    private static final Map<String, Class<?>> FIELDS = Arrays.stream(TlsChannelSpec.class.getRecordComponents())
            .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getType));

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC.json", descriptionKey = "spec")
    Path specFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "plan-out")
    Path out;

    @Option(names = "--jobcard", paramLabel = "FILE", descriptionKey = "jobcard")
    Path jobCard;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Repository password;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Server serverPassword;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Client clientPassword;

    @Override
    public Integer call() throws KeyRepositoryException, CommandFailure {
        TlsChannelSpec tls = read(specFile);
        String card = ZosJobOutput.jobCard(jobCard);
        // the labels to read under, defaults included; the spec itself takes the certificates' subjects once read
        TlsChannelSpec labels = tls.withDefaults();
        ExistingKeyRepository server = existing(labels.serverRepository(), labels.certificateLabel(), serverPassword);
        ExistingKeyRepository client = labels.mutualTls()
                ? existing(labels.clientRepository(), labels.clientLabel(), clientPassword)
                : null;
        CommandLinePasswords passwords = CommandLinePasswords.of(password);
        char[] secret = passwords.newPassword(Messages.Tls_repositories);
        TlsChannelArtefacts.Outcome outcome;
        try {
            outcome = TlsChannelArtefacts.write(tls, server, client, out, secret, new SecureRandom(), card);
        } finally {
            Arrays.fill(secret, '\0');
            passwords.clear();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        for (Finding finding : outcome.findings()) {
            stdout.println(finding);
        }
        if (Finding.hasErrors(outcome.findings())) {
            spec.commandLine().getErr().println(Messages.Tls_notWritten);
            return Mqsec.FAILED;
        }
        for (Path written : outcome.files()) {
            stdout.println(NLS.bind(Messages.Tls_written, written));
        }
        return Mqsec.OK;
    }

    /** The existing key repository the spec names for one end; null when the spec makes a new one. */
    private static ExistingKeyRepository existing(String repository, String label, PasswordOptions options)
            throws KeyRepositoryException {
        if (repository.isEmpty()) {
            return null;
        }
        CommandLinePasswords passwords = CommandLinePasswords.of(options);
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
            for (Map.Entry<String, JsonElement> field : object.entrySet()) {
                Class<?> type = FIELDS.get(field.getKey());
                if (type == null) {
                    throw bad(file, NLS.bind(Messages.Tls_specUnknownField, field.getKey()));
                }
                String problem = typeProblem(field.getKey(), type, field.getValue());
                if (problem != null) {
                    throw bad(file, problem);
                }
            }
            return new Gson().fromJson(object, TlsChannelSpec.class);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNREADABLE,
                    NLS.bind(Messages.Tls_specUnreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw bad(file, FileProblems.withoutExceptionNames(e.getMessage()));
        } catch (StackOverflowError e) {
            throw bad(file, Messages.Tls_specTooDeep);
        }
    }

    /** What is wrong with a field's JSON value for the Java type it fills, or null. */
    private static String typeProblem(String name, Class<?> type, JsonElement value) {
        if (value.isJsonNull()) {
            return null;
        }
        boolean primitive = value.isJsonPrimitive();
        if (type == String.class && !(primitive && value.getAsJsonPrimitive().isString())) {
            return NLS.bind(Messages.Tls_specNotText, name, value);
        }
        if (type == boolean.class && !(primitive && value.getAsJsonPrimitive().isBoolean())) {
            return NLS.bind(Messages.Tls_specNotBoolean, name, value);
        }
        if (type == int.class) {
            if (!(primitive && value.getAsJsonPrimitive().isNumber())) {
                return NLS.bind(Messages.Tls_specNotNumber, name, value);
            }
            BigDecimal number = value.getAsBigDecimal();
            if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.ZERO) < 0
                    || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                return NLS.bind(Messages.Tls_specNotNumber, name, value);
            }
            if ("port".equals(name) && (number.intValue() < 1 || number.intValue() > 65535)) { //$NON-NLS-1$
                return NLS.bind(Messages.Tls_specBadPort, value);
            }
        }
        if (type.isEnum()) {
            boolean known = primitive && value.getAsJsonPrimitive().isString() && Arrays.stream(type.getEnumConstants())
                    .anyMatch(constant -> ((Enum<?>) constant).name().equals(value.getAsString()));
            return known ? null : NLS.bind(Messages.Tls_specBadPlatform, value);
        }
        return null;
    }

    private static KeyRepositoryException bad(Path file, String what) {
        return new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT, NLS.bind(Messages.Tls_specBad, file, what),
                Messages.Tls_specBadFix);
    }
}
