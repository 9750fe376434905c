package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsKeystoreConf.Client;
import org.mqsec.core.ams.AmsKeystoreConf.Prefix;
import org.mqsec.core.findings.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mqsec ams conf}: an AMS keystore.conf for a C or Java client (passwords as placeholders),
 * or, with --read, which keystore and certificate a client takes from a keystore.conf and what in it
 * that client ignores or refuses (exit 1 when it refuses the file).
 */
@Command(name = "conf", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class AmsConfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--client", required = true, paramLabel = "c|java", descriptionKey = "ams-client")
    String client;

    @Option(names = "--read", paramLabel = "FILE", descriptionKey = "ams-conf-read")
    Path read;

    @Option(names = "--keystore", paramLabel = "PATH", descriptionKey = "ams-conf-keystore")
    String keystore;

    @Option(names = "--certificate", paramLabel = "LABEL", descriptionKey = "ams-conf-certificate")
    String certificate;

    @Option(names = "--jceks", descriptionKey = "ams-conf-jceks")
    boolean jceks;

    @Override
    public Integer call() throws CommandFailure {
        Client chosen = switch (client.toLowerCase(Locale.ROOT)) {
            case "c" -> Client.C; //$NON-NLS-1$
            case "java" -> Client.JAVA; //$NON-NLS-1$
            default -> throw new ParameterException(spec.commandLine(), NLS.bind(Messages.Ams_badClient, client));
        };
        PrintWriter out = spec.commandLine().getOut();
        if (read != null) {
            String text;
            try {
                text = Files.readString(read);
            } catch (IOException e) {
                throw new CommandFailure(NLS.bind(Messages.Ams_unreadable, read, FileProblems.describe(read, e)), ""); //$NON-NLS-1$
            }
            AmsKeystoreConf.Reading reading = AmsKeystoreConf.read(text, chosen);
            reading.identity().ifPresent(identity -> out.println(NLS.bind(Messages.Ams_confIdentity,
                    new Object[] { chosen, identity.prefix().word(), identity.keystore(), identity.certificate() })));
            reading.findings().forEach(finding -> out.println("  " + finding)); //$NON-NLS-1$
            return Finding.hasErrors(reading.findings()) ? Mqsec.FAILED : Mqsec.OK;
        }
        if (keystore == null || certificate == null) {
            throw new ParameterException(spec.commandLine(), Messages.Ams_confNeeds);
        }
        Prefix prefix = chosen == Client.C ? Prefix.CMS : jceks ? Prefix.JCEKS : Prefix.JKS;
        out.print(AmsKeystoreConf.write(prefix, keystore, certificate, null));
        return Mqsec.OK;
    }
}
