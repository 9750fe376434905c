package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.operations.SaveKeyRepositoryOperation;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore convert FILE --to FORMAT --out F}: the same entries in another format or protection. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreConvertCommand extends KeystoreChange {

    @Option(names = "--to", required = true, paramLabel = "TYPE", converter = Converters.Format.class, completionCandidates = Converters.Format.class, descriptionKey = "to")
    KeyRepositoryFormat to;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.Profile.class, completionCandidates = Converters.Profile.class, descriptionKey = "profile")
    Pkcs12Profile profile;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.New newPassword;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            char[] secret = newPassword != null ? newPassword.source().newPassword(out.toString())
                    : opened.passwords.acceptedPassword().clone();
            try {
                run(new SaveKeyRepositoryOperation(opened.repository, out, to, profile, secret,
                        KeyRepositoryWriter.SaveOptions.DEFAULT));
            } finally {
                Arrays.fill(secret, '\0');
            }
            lines.add(NLS.bind(Messages.Change_converted, new Object[] { file, out, to.displayName() }));
            result.addProperty("out", out.toString()); //$NON-NLS-1$
            result.addProperty("to", to.id()); //$NON-NLS-1$
        }
    }
}
