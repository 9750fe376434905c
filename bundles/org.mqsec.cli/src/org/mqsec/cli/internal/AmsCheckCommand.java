package org.mqsec.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.crypto.ams.AmsPairCheck;
import org.mqsec.crypto.ams.AmsSides;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mqsec ams check PUTTER.json GETTER.json}: whether a message put by the first side is
 * accepted by the second, and if not which rule fails. Each side file names the client type, its
 * keystore.conf and its policy (the fields {@code mqsec ams parse --json} prints); the keystore is
 * opened as that client would, with the password keystore.conf gives or the stash beside a CMS
 * database. Exit 1 when the message would not get through.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class AmsCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PUTTER.json", descriptionKey = "ams-putter")
    Path putterFile;

    @Parameters(index = "1", paramLabel = "GETTER.json", descriptionKey = "ams-getter")
    Path getterFile;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure, KeyRepositoryException {
        AmsPairCheck.Verdict verdict = AmsPairCheck.check(side(putterFile).side(), side(getterFile).side(), new Date());
        var out = spec.commandLine().getOut();
        if (json) {
            JsonObject root = new JsonObject();
            root.addProperty("outcome", verdict.outcome().name()); //$NON-NLS-1$
            root.addProperty("code", verdict.code()); //$NON-NLS-1$
            root.addProperty("reason", verdict.reason()); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else {
            out.println(verdict.outcome() + (verdict.code().isEmpty() ? "" : " (" + verdict.code() + ")") + ": " + verdict.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return verdict.outcome() == AmsPairCheck.Outcome.ACCEPTED || verdict.outcome() == AmsPairCheck.Outcome.TOLERATED ? Mqsec.OK : Mqsec.FAILED;
    }

    /** One side from its file: the policy, and the keystore its keystore.conf leads to, opened as its client would. */
    static AmsSides.Opened side(Path file) throws CommandFailure, KeyRepositoryException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file));
            if (!parsed.isJsonObject()) {
                throw new CommandFailure(NLS.bind(Messages.Ams_sideBad, file, Messages.Ams_sideNotObject), Messages.Ams_sideFix);
            }
            root = parsed.getAsJsonObject();
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        } catch (JsonParseException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_sideBad, file, e.getMessage()), Messages.Ams_sideFix);
        }
        AmsPolicy policy = policy(file, root);
        AmsKeystoreConf.Client client = "c".equalsIgnoreCase(text(root, "client", "java")) ? AmsKeystoreConf.Client.C : AmsKeystoreConf.Client.JAVA; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return AmsSides.open(policy, client, Path.of(text(root, "keystoreConf", "")), new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static AmsPolicy policy(Path file, JsonObject root) throws CommandFailure {
        if (!root.has("policy") || !root.get("policy").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new CommandFailure(NLS.bind(Messages.Ams_sideBad, file, Messages.Ams_sideNoPolicy), Messages.Ams_sideFix);
        }
        try {
            return AmsPolicyJson.read(root.getAsJsonObject("policy")); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_sideBad, file, e.getMessage()), Messages.Ams_sideFix);
        }
    }

    private static String text(JsonObject object, String key, String otherwise) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : otherwise;
    }
}
