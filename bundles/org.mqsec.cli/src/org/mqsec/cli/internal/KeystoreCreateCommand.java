package org.mqsec.cli.internal;

import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore create FILE}: a new, empty key repository, and its stash if asked for. */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreCreateCommand extends KeystoreChange {

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.Profile.class, completionCandidates = Converters.Profile.class, descriptionKey = "profile")
    Pkcs12Profile profile;

    @Option(names = "--stash", descriptionKey = "stash")
    boolean stash;

    @Override
    void change() throws KeyRepositoryException {
        KeyRepositoryFormat format = type == null ? KeyRepositoryFormat.PKCS12 : type;
        CommandLinePasswords passwords = CommandLinePasswords.of(password);
        char[] secret = passwords.newPassword(file.toString());
        try {
            CreateKeyRepositoryOperation create = new CreateKeyRepositoryOperation(file, format,
                    profile == null ? Pkcs12Profile.MODERN : profile, secret, stash);
            run(create);
            lines.add(NLS.bind(Messages.Change_created, file, format.displayName()));
            if (create.stashFile() != null) {
                lines.add(NLS.bind(Messages.Change_stashed, create.stashFile()));
                result.addProperty("stash", create.stashFile().toString()); //$NON-NLS-1$
            }
        } finally {
            Arrays.fill(secret, '\0');
            passwords.clear();
        }
        result.addProperty("file", file.toString()); //$NON-NLS-1$
        result.addProperty("format", format.id()); //$NON-NLS-1$
    }
}
