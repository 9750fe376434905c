package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.ConnectionProfiles;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.mqsec.qmgr.target.QueueManagerTargets;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that reach a queue manager: a connection profile by name from the profiles file the
 * workbench shares, and where the passwords it needs come from (never the command line).
 */
final class QueueManagerOptions {

    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "profile")
    String profile;

    @Option(names = "--profiles", paramLabel = "FILE", descriptionKey = "profiles")
    Path profiles;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Repository password;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.KeyStore keyStorePassword;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.TrustStore trustStorePassword;

    /**
     * The profile a command names in its own way (a PROFILE operand, --against, --to) instead of
     * --profile; both together are a mistake.
     */
    void profileNamed(String name, CommandSpec spec) {
        if (name == null) {
            return;
        }
        if (profile != null && !profile.equals(name)) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.Qmgr_twoProfiles, profile, name));
        }
        profile = name;
    }

    /** --profile is needed by commands that connect; picocli cannot require an option of a mixin for some commands only. */
    static void requireProfile(QueueManagerOptions options, CommandSpec spec) {
        if (options.profile == null || options.profile.isBlank()) {
            throw new ParameterException(spec.commandLine(), Messages.Qmgr_profileRequired);
        }
    }

    /**
     * The state to work on: read from the queue manager the profile names, or from a dump
     * ({@code --dump}); exactly one of the two.
     */
    QueueManagerState state(Path dump, CommandSpec spec) throws CommandFailure, QueueManagerException, KeyRepositoryException {
        if (dump != null && profile != null) {
            throw new ParameterException(spec.commandLine(), Messages.Qmgr_profileOrDump);
        }
        if (dump != null) {
            return PlanOutput.readDump(dump);
        }
        requireProfile(this, spec);
        try (QueueManagerTarget target = connect(spec.commandLine().getErr())) {
            return QueueManagerReader.read(target, profile().timeout(), new NullProgressMonitor());
        }
    }

    Path profilesFile() {
        return profiles != null ? profiles : ConnectionProfiles.defaultFile();
    }

    /** Every profile in the file; none when the default file does not exist yet. */
    List<ConnectionProfile> all() throws CommandFailure {
        return all(false);
    }

    /** @param mayBeMissing whether a file named with --profiles may not exist yet (it is about to be written) */
    List<ConnectionProfile> all(boolean mayBeMissing) throws CommandFailure {
        Path file = profilesFile();
        if ((profiles == null || mayBeMissing) && !Files.exists(file)) {
            return List.of();
        }
        try {
            return ConnectionProfiles.read(Files.readString(file));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_profilesUnreadable, file, FileProblems.describe(file, e)), Messages.Qmgr_profilesFix);
        } catch (ConnectionProfiles.UnreadableException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_profilesBad, file, e.getMessage()), Messages.Qmgr_profilesFix);
        }
    }

    /** The profile --profile names. */
    ConnectionProfile profile() throws CommandFailure {
        List<ConnectionProfile> all = all();
        return all.stream().filter(p -> p.name().equals(profile)).findFirst()
                .orElseThrow(() -> new CommandFailure(NLS.bind(Messages.Qmgr_noSuchProfile, profile, profilesFile()),
                        all.isEmpty() ? Messages.Qmgr_profilesFix
                                : NLS.bind(Messages.Qmgr_profilesKnown, String.join(", ", all.stream().map(ConnectionProfile::name).toList())))); //$NON-NLS-1$
    }

    /**
     * Connects with the profile: its warnings go to {@code err}, an error in it stops here; the
     * passwords it needs are read, handed over and cleared.
     */
    QueueManagerTarget connect(PrintWriter err) throws CommandFailure, QueueManagerException, KeyRepositoryException {
        ConnectionProfile chosen = profile();
        List<Finding> findings = chosen.check();
        for (Finding finding : findings) {
            err.println(NLS.bind(finding.severity() == Severity.ERROR ? Messages.Error_prefix : Messages.Warning_prefix, finding.message()));
        }
        if (Finding.hasErrors(findings)) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_badProfile, chosen.name(), profilesFile()), findings.stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(Finding::fix).findFirst().orElse("")); //$NON-NLS-1$
        }
        try (Secrets secrets = secrets(List.of(chosen))) {
            return secrets.connect(chosen);
        }
    }

    /** The passwords some profiles need (null each when none of them does), read once from where the options say. */
    Secrets secrets(List<ConnectionProfile> profiles) throws KeyRepositoryException {
        char[] user = null;
        char[] keys = null;
        char[] trust = null;
        try {
            if (profiles.stream().anyMatch(p -> !p.userId().isEmpty())) {
                ConnectionProfile first = profiles.stream().filter(p -> !p.userId().isEmpty()).findFirst().orElseThrow();
                user = secret(password, NLS.bind(Messages.Qmgr_userPassword, first.userId()), true);
            }
            if (profiles.stream().anyMatch(p -> !p.keyStore().isEmpty())) {
                keys = secret(keyStorePassword, profiles.stream().filter(p -> !p.keyStore().isEmpty()).findFirst().orElseThrow().keyStore(), true);
            }
            if (profiles.stream().anyMatch(p -> !p.trustStore().isEmpty())) {
                trust = secret(trustStorePassword, profiles.stream().filter(p -> !p.trustStore().isEmpty()).findFirst().orElseThrow().trustStore(), false);
            }
            return new Secrets(user, keys, trust);
        } catch (KeyRepositoryException | RuntimeException e) {
            clear(user);
            clear(keys);
            clear(trust);
            throw e;
        }
    }

    /** Passwords read for connections; each connection gets copies, which it clears; close clears these. */
    record Secrets(char[] user, char[] keys, char[] trust) implements AutoCloseable {

        QueueManagerTarget connect(ConnectionProfile profile) throws QueueManagerException {
            return QueueManagerTargets.connect(profile, copy(profile.userId().isEmpty() ? null : user),
                    copy(profile.keyStore().isEmpty() ? null : keys), copy(profile.trustStore().isEmpty() ? null : trust));
        }

        private static char[] copy(char[] secret) {
            return secret == null ? null : secret.clone();
        }

        @Override
        public void close() {
            clear(user);
            clear(keys);
            clear(trust);
        }
    }

    /**
     * @param required whether to fail when the options name none and no terminal can ask; a trust
     *                 store may have no password (JKS)
     */
    private static char[] secret(PasswordOptions options, String what, boolean required) throws KeyRepositoryException {
        if (options == null && !required && System.console() == null) {
            return null;
        }
        CommandLinePasswords source = CommandLinePasswords.of(options);
        try {
            return source.existingPassword(what);
        } finally {
            source.clear();
        }
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
