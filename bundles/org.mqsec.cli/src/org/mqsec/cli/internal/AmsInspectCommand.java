package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.ams.AmsMessageInspector;
import org.mqsec.crypto.ams.AmsPairCheck;
import org.mqsec.crypto.ams.AmsSides;
import org.mqsec.crypto.ams.AmsMessageInspector.Inspection;
import org.mqsec.crypto.ams.AmsPairCheck.Recipient;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mqsec ams inspect MSG.bin}: what a message from SYSTEM.PROTECTION.ERROR.QUEUE says without
 * any key: the dead-letter reason, the quality of protection, the policy, the signer (signed
 * messages) or the recipients by issuer and serial number (encrypted ones), the algorithms.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class AmsInspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MSG.bin", descriptionKey = "ams-message")
    Path file;

    @Option(names = "--getter", paramLabel = "GETTER.json", descriptionKey = "ams-inspect-getter")
    Path getter;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure, org.mqsec.crypto.keystore.KeyRepositoryException {
        Inspection inspection;
        try {
            inspection = AmsMessageInspector.inspect(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_bad, file, e.getMessage()), Messages.Ams_inspectFix);
        }
        PrintWriter out = spec.commandLine().getOut();
        AmsPairCheck.Verdict verdict = null;
        if (getter != null) {
            // with the getter's own key a PRIVACY message's signature is checked too
            AmsSides.Opened side = AmsCheckCommand.side(getter);
            try {
                verdict = AmsMessageInspector.replay(Files.readAllBytes(file), side, new java.util.Date());
            } catch (IOException e) {
                throw new CommandFailure(NLS.bind(Messages.Ams_bad, file, e.getMessage()), Messages.Ams_inspectFix);
            }
        }
        String signer = inspection.signer() == null ? "" : inspection.signer().getSubjectX500Principal().getName(); //$NON-NLS-1$
        if (json) {
            JsonObject root = new JsonObject();
            root.addProperty("deadLetterReason", inspection.deadLetterReason()); //$NON-NLS-1$
            root.addProperty("destination", inspection.destination()); //$NON-NLS-1$
            root.addProperty("protection", inspection.protection().name()); //$NON-NLS-1$
            root.addProperty("policy", inspection.policyName()); //$NON-NLS-1$
            root.addProperty("keyReuse", inspection.keyReuse()); //$NON-NLS-1$
            root.addProperty("originalFormat", inspection.originalFormat()); //$NON-NLS-1$
            root.addProperty("originalSize", inspection.originalSize()); //$NON-NLS-1$
            root.addProperty("signer", signer); //$NON-NLS-1$
            root.addProperty("digestAlgorithm", inspection.digestAlgorithm()); //$NON-NLS-1$
            root.addProperty("signingTime", inspection.signingTime() == null ? "" : inspection.signingTime().toInstant().toString()); //$NON-NLS-1$ //$NON-NLS-2$
            root.addProperty("encryptionAlgorithm", inspection.encryptionAlgorithm()); //$NON-NLS-1$
            JsonArray recipients = new JsonArray();
            for (Recipient recipient : inspection.recipients()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("issuer", recipient.issuer().getName()); //$NON-NLS-1$
                entry.addProperty("serial", recipient.serial().toString(16)); //$NON-NLS-1$
                recipients.add(entry);
            }
            root.add("recipients", recipients); //$NON-NLS-1$
            if (verdict != null) {
                JsonObject replay = new JsonObject();
                replay.addProperty("outcome", verdict.outcome().name()); //$NON-NLS-1$
                replay.addProperty("code", verdict.code()); //$NON-NLS-1$
                replay.addProperty("reason", verdict.reason()); //$NON-NLS-1$
                root.add("getter", replay); //$NON-NLS-1$
            }
            out.println(JsonOutput.text(root));
            return Mqsec.OK;
        }
        if (inspection.deadLetterReason() != 0) {
            out.println(NLS.bind(Messages.Ams_inspectDeadLetter, inspection.deadLetterReason(), inspection.destination()));
        }
        out.println(NLS.bind(Messages.Ams_inspectProtection, new Object[] { inspection.protection(), inspection.policyName(),
                inspection.originalFormat(), inspection.originalSize() }));
        if (!signer.isEmpty()) {
            out.println(NLS.bind(Messages.Ams_inspectSigner, new Object[] { signer, inspection.digestAlgorithm(), inspection.signingTime() }));
        }
        for (Recipient recipient : inspection.recipients()) {
            out.println(NLS.bind(Messages.Ams_inspectRecipient, recipient.issuer().getName(), recipient.serial().toString(16)));
        }
        if (!inspection.encryptionAlgorithm().isEmpty()) {
            out.println(NLS.bind(Messages.Ams_inspectEncryption, inspection.encryptionAlgorithm()));
        }
        if (verdict != null) {
            out.println(verdict.outcome() + (verdict.code().isEmpty() ? "" : " (" + verdict.code() + ")") + ": " + verdict.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return Mqsec.OK;
    }
}
