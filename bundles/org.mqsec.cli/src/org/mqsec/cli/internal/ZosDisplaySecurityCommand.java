package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.zos.DisplaySecurity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec zos display-security FILE [--json]}: a z/OS queue manager's DISPLAY SECURITY response
 * (or its CSQH021I/CSQH024I start-up messages) as a table of switches with what each means, and the
 * findings; exit 1 when a finding is an error (subsystem security off).
 */
@Command(name = "display-security", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ZosDisplaySecurityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "zos-display")
    Path file;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure {
        DisplaySecurity display;
        try {
            display = DisplaySecurity.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Zos_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(NLS.bind(Messages.Zos_bad, file, e.getMessage()), ""); //$NON-NLS-1$
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.text(json(display)));
        } else {
            out.println(NLS.bind(Messages.Zos_displayHeader, new Object[] { display.prefix(), number(display.timeout()), number(display.interval()),
                    display.classes().isEmpty() ? "?" : display.classes(), display.clientChecks().isEmpty() ? "?" : display.clientChecks(), //$NON-NLS-1$ //$NON-NLS-2$
                    display.localChecks().isEmpty() ? "?" : display.localChecks() })); //$NON-NLS-1$
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            for (DisplaySecurity.SwitchState state : display.switches()) {
                rows.add(new String[] { state.shownName(), state.on() ? "ON" : "OFF", //$NON-NLS-1$ //$NON-NLS-2$
                        state.profile() + (state.found() ? " " + Messages.Zos_found : " " + Messages.Zos_notFound), state.explanation() }); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.print(TextTable.of(new String[] { Messages.Zos_switch, Messages.Zos_state, Messages.Zos_profile, Messages.Zos_meaning }, rows));
            display.findings().forEach(finding -> out.println(ZosJobOutput.line(finding)));
        }
        return Finding.hasErrors(display.findings()) ? Mqsec.FAILED : Mqsec.OK;
    }

    private static String number(int value) {
        return value < 0 ? "?" : Integer.toString(value); //$NON-NLS-1$
    }

    private static JsonObject json(DisplaySecurity display) {
        JsonObject root = new JsonObject();
        root.addProperty("prefix", display.prefix()); //$NON-NLS-1$
        root.addProperty("timeoutMinutes", display.timeout()); //$NON-NLS-1$
        root.addProperty("intervalMinutes", display.interval()); //$NON-NLS-1$
        root.addProperty("classes", display.classes()); //$NON-NLS-1$
        root.addProperty("clientChecks", display.clientChecks()); //$NON-NLS-1$
        root.addProperty("localChecks", display.localChecks()); //$NON-NLS-1$
        JsonArray switches = new JsonArray();
        for (DisplaySecurity.SwitchState state : display.switches()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("switch", state.shownName()); //$NON-NLS-1$
            entry.addProperty("on", state.on()); //$NON-NLS-1$
            entry.addProperty("profile", state.profile()); //$NON-NLS-1$
            entry.addProperty("profileFound", state.found()); //$NON-NLS-1$
            entry.addProperty("message", state.message()); //$NON-NLS-1$
            entry.addProperty("meaning", state.explanation()); //$NON-NLS-1$
            switches.add(entry);
        }
        root.add("switches", switches); //$NON-NLS-1$
        JsonArray findings = new JsonArray();
        display.findings().forEach(finding -> findings.add(PlanOutput.finding(finding)));
        root.add("findings", findings); //$NON-NLS-1$
        JsonArray ignored = new JsonArray();
        display.ignored().forEach(ignored::add);
        root.add("ignored", ignored); //$NON-NLS-1$
        return root;
    }
}
