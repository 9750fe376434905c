package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.HardwareKeySettings;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenObject;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec token show --label L | --id HEX}: one entry of a token with every attribute of its
 * objects, and for a key with its certificate what IBM MQ needs to use it: the queue manager's SSLCRYP
 * and CERTLABL, a client's mqclient.ini SSL stanza and AMS keystore.conf entries (the PIN as a
 * placeholder unless --with-pin).
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TokenOptions token;

    @Option(names = "--label", paramLabel = "LABEL", descriptionKey = "object-label")
    String label;

    @Option(names = "--id", paramLabel = "HEX", descriptionKey = "object-id")
    String id;

    @Option(names = "--with-pin", descriptionKey = "with-pin")
    boolean withPin;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws KeyRepositoryException {
        if ((label == null) == (id == null)) {
            throw new ParameterException(spec.commandLine(), Messages.Token_labelOrId);
        }
        TokenBrowser.Contents contents = token.read(spec, true);
        TokenEntry entry = contents.entries().stream()
                .filter(e -> label != null ? e.label().equals(label) : e.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new KeyRepositoryException(KeyRepositoryException.Problem.NOT_FOUND,
                        Messages.bind(Messages.Token_noEntry, label != null ? label : id, contents.token().label()),
                        Messages.bind(Messages.Token_entriesKnown, String.join(", ", contents.entries().stream().map(TokenEntry::label).toList())))); //$NON-NLS-1$
        HardwareKeySettings settings = null;
        if (entry.kind() == TokenEntry.Kind.KEY_AND_CERTIFICATE) {
            settings = settings(entry, contents);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject root = TokenJson.entry(entry);
            if (settings != null) {
                JsonObject mq = new JsonObject();
                mq.addProperty("sslcryp", settings.gskPkcs11()); //$NON-NLS-1$
                mq.addProperty("certlabl", settings.certificate()); //$NON-NLS-1$
                mq.addProperty("queueManagerMqsc", settings.queueManagerMqsc()); //$NON-NLS-1$
                mq.addProperty("mqclientIni", settings.mqclientIni()); //$NON-NLS-1$
                mq.addProperty("keystoreConf", settings.keystoreConf()); //$NON-NLS-1$
                root.add("mq", mq); //$NON-NLS-1$
            }
            out.println(JsonOutput.text(root));
            return Mqsec.OK;
        }
        out.println(Messages.bind(Messages.Token_entry, new Object[] { entry.kind().name(), entry.label(), entry.id(),
                entry.visibleToJavaKeyStore() ? Messages.Token_visible : Messages.Token_hidden }));
        for (TokenObject object : new TokenObject[] { entry.privateKey(), entry.certificate(), entry.publicKey() }) {
            if (object != null) {
                out.println("  " + JsonOutput.text(TokenJson.object(object)).replace("\n", "\n  ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        entry.others().forEach(o -> out.println("  " + JsonOutput.text(TokenJson.object(o)).replace("\n", "\n  "))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (settings != null) {
            out.println(Messages.Token_forQueueManager);
            out.print(settings.queueManagerMqsc());
            out.println(Messages.Token_forClient);
            out.print(settings.mqclientIni());
            out.println(Messages.Token_forAms);
            out.print(settings.keystoreConf());
        } else if (entry.kind() == TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE) {
            out.println(Messages.Token_needsCertificate);
        }
        return Mqsec.OK;
    }

    /** The MQ settings for the entry; the PIN read again only when the user asked for it in the output. */
    private HardwareKeySettings settings(TokenEntry entry, TokenBrowser.Contents contents) throws KeyRepositoryException {
        String pin = null;
        if (withPin) {
            CommandLinePasswords source = CommandLinePasswords.of(token.pin);
            char[] secret = source.existingPassword(Messages.bind(Messages.Token_pinFor, contents.token().label()));
            try {
                pin = new String(secret);
            } finally {
                Arrays.fill(secret, '\0');
                source.clear();
            }
        }
        HardwareKeySettings settings = new HardwareKeySettings(token.chosenModule().library(), contents.token().label(),
                entry.certificate().label(), pin, false);
        for (Finding finding : settings.check()) {
            spec.commandLine().getErr().println(Messages.bind(Messages.Error_prefix, finding.message()));
        }
        return settings;
    }
}
