package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.ConnectionProfiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec qmgr profiles}: the connection profiles the workbench and mqsec share, each with what
 * is wrong or unsafe in it; {@code --import-ccdt} adds one per client-connection channel of a JSON
 * CCDT (a profile of the same name is replaced).
 */
@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class QmgrProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QueueManagerOptions connection;

    @Option(names = "--import-ccdt", paramLabel = "CCDT.json", descriptionKey = "import-ccdt")
    Path ccdt;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure {
        List<ConnectionProfile> profiles = new ArrayList<>(connection.all(ccdt != null));
        PrintWriter out = spec.commandLine().getOut();
        if (ccdt != null) {
            List<ConnectionProfile> imported = imported();
            for (ConnectionProfile profile : imported) {
                profiles.removeIf(p -> p.name().equals(profile.name()));
                profiles.add(profile);
            }
            Path file = connection.profilesFile();
            try {
                AtomicFiles.writeMakingFolder(file, ConnectionProfiles.write(profiles).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CommandFailure(NLS.bind(Messages.Qmgr_profilesNotWritten, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
            }
            if (!json) {
                out.println(NLS.bind(Messages.Qmgr_imported, new Object[] { imported.size(), ccdt, file }));
            }
        }
        if (json) {
            JsonArray array = new JsonArray();
            for (ConnectionProfile profile : profiles) {
                JsonObject entry = JsonParser.parseString(ConnectionProfiles.write(List.of(profile))).getAsJsonObject()
                        .getAsJsonArray("profiles").get(0).getAsJsonObject(); //$NON-NLS-1$
                JsonArray findings = new JsonArray();
                profile.check().forEach(f -> findings.add(PlanOutput.finding(f)));
                entry.add("findings", findings); //$NON-NLS-1$
                array.add(entry);
            }
            JsonObject root = new JsonObject();
            root.addProperty("file", connection.profilesFile().toString()); //$NON-NLS-1$
            root.add("profiles", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else {
            if (profiles.isEmpty()) {
                out.println(NLS.bind(Messages.Qmgr_noProfiles, connection.profilesFile()));
            }
            for (ConnectionProfile profile : profiles) {
                out.println(profile.name() + ": " + profile.describe()); //$NON-NLS-1$
                profile.check().forEach(finding -> out.println("  " + finding)); //$NON-NLS-1$
            }
        }
        return profiles.stream().anyMatch(p -> Finding.hasErrors(p.check())) ? Mqsec.FAILED : Mqsec.OK;
    }

    private List<ConnectionProfile> imported() throws CommandFailure {
        try {
            return ConnectionProfiles.fromCcdt(Files.readString(ccdt));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_ccdtUnreadable, ccdt, FileProblems.describe(ccdt, e)), ""); //$NON-NLS-1$
        } catch (ConnectionProfiles.UnreadableException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_ccdtBad, ccdt, e.getMessage()), Messages.Qmgr_ccdtFix);
        }
    }
}
