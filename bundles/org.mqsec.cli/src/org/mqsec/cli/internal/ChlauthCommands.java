package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code mqsec chlauth runcheck}: DISPLAY CHLAUTH ... MATCH(RUNCHECK) without a queue manager, on
 * records from DISPLAY CHLAUTH(*) ALL output or a dmpmqcfg dump.
 */
final class ChlauthCommands {

    private static final Set<String> VALUES = Set.of("records", "channel", "address", "user", "qmname", "peer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "issuer", "privileged"); //$NON-NLS-1$ //$NON-NLS-2$

    private final PrintStream out;
    private final PrintStream err;

    ChlauthCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, KeyRepositoryException {
        if (!words.isEmpty() && "lint".equals(words.get(0))) { //$NON-NLS-1$
            return lint(Arguments.parse(words.subList(1, words.size()), Set.of("privileged"), Set.of("json"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (words.isEmpty() || !"runcheck".equals(words.get(0))) { //$NON-NLS-1$
            throw new UsageException(Messages.Usage_chlauthCommand);
        }
        Arguments args = Arguments.parse(words.subList(1, words.size()), VALUES, Set.of("json")); //$NON-NLS-1$
        Path file = Path.of(required(args, "records")); //$NON-NLS-1$
        String channel = required(args, "channel"); //$NON-NLS-1$
        if (channel.contains("*")) { //$NON-NLS-1$
            throw new UsageException(Messages.Usage_genericChannel);
        }
        if (args.value("user") != null && args.value("qmname") != null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException(Messages.Usage_userOrQmname);
        }
        List<ChlauthRecord> records = read(file).records();
        RuncheckSimulator.Decision decision = new RuncheckSimulator(records, privileged(args)).evaluate(
                new RuncheckSimulator.Connection(channel, required(args, "address"), args.value("user"), //$NON-NLS-1$ //$NON-NLS-2$
                        args.value("qmname"), orEmpty(args.value("peer")), orEmpty(args.value("issuer")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String record = decision.record() == null ? "" : decision.record().toMqsc().toString(); //$NON-NLS-1$
        if (args.flag("json")) { //$NON-NLS-1$
            JsonObject json = new JsonObject();
            json.addProperty("result", decision.result().name()); //$NON-NLS-1$
            json.addProperty("mcauser", decision.mcaUser()); //$NON-NLS-1$
            json.addProperty("record", record); //$NON-NLS-1$
            JsonArray explanation = new JsonArray();
            decision.explanation().forEach(explanation::add);
            json.add("explanation", explanation); //$NON-NLS-1$
            out.println(JsonOutput.text(json));
        } else {
            out.println(NLS.bind(Messages.Chlauth_result, decision.result(),
                    decision.mcaUser().isEmpty() ? "-" : decision.mcaUser())); //$NON-NLS-1$
            if (!record.isEmpty()) {
                out.println(NLS.bind(Messages.Chlauth_record, record));
            }
            decision.explanation().forEach(line -> out.println("  " + line)); //$NON-NLS-1$
        }
        return Mqsec.OK;
    }

    /** {@code mqsec chlauth lint FILE}: exit 1 when a finding is an error, so pipelines can stop on it. */
    private int lint(Arguments args) throws UsageException, KeyRepositoryException {
        Loaded loaded = read(Path.of(args.singleOperand(Messages.Usage_recordsOperand)));
        List<Finding> findings = ChlauthLint.lint(loaded.records(), loaded.disabled(), privileged(args));
        if (args.flag("json")) { //$NON-NLS-1$
            JsonArray array = new JsonArray();
            for (Finding finding : findings) {
                JsonObject json = new JsonObject();
                json.addProperty("code", finding.code()); //$NON-NLS-1$
                json.addProperty("severity", finding.severity().name()); //$NON-NLS-1$
                json.addProperty("field", finding.field()); //$NON-NLS-1$
                json.addProperty("message", finding.message()); //$NON-NLS-1$
                json.addProperty("fix", finding.fix()); //$NON-NLS-1$
                array.add(json);
            }
            JsonObject root = new JsonObject();
            root.addProperty("records", loaded.records().size()); //$NON-NLS-1$
            root.add("findings", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else {
            out.println(NLS.bind(Messages.Chlauth_lintSummary, loaded.records().size(), findings.size()));
            findings.forEach(finding -> out.println("  " + finding)); //$NON-NLS-1$
        }
        return Finding.hasErrors(findings) ? Mqsec.FAILED : Mqsec.OK;
    }

    private static Set<String> privileged(Arguments args) {
        return args.value("privileged") == null ? RuncheckSimulator.DEFAULT_PRIVILEGED_USERS //$NON-NLS-1$
                : RuncheckSimulator.privilegedUsers(args.value("privileged")); //$NON-NLS-1$
    }

    private record Loaded(List<ChlauthRecord> records, boolean disabled) {
    }

    /** Records from DISPLAY output or a script; any problem in the input fails the command, by line. */
    private Loaded read(Path file) throws KeyRepositoryException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNREADABLE,
                    NLS.bind(Messages.Chlauth_unreadable, file, e.getMessage()), ""); //$NON-NLS-1$
        }
        ChlauthRecordSet read = ChlauthRecordSet.read(text);
        List<String> problems = read.problems().stream().map(Finding::message).toList();
        List<ChlauthRecord> records = read.records();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(NLS.bind(Messages.Error_prefix, p)));
            throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT,
                    NLS.bind(Messages.Chlauth_badRecords, file, problems.size()), Messages.Chlauth_badRecordsFix);
        }
        if (records.isEmpty()) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNKNOWN_FORMAT,
                    NLS.bind(Messages.Chlauth_noRecords, file), Messages.Chlauth_noRecordsFix);
        }
        return new Loaded(records, read.chlauthDisabled());
    }

    private static String required(Arguments args, String option) throws UsageException {
        String value = args.value(option);
        if (value == null) {
            throw new UsageException(NLS.bind(Messages.Usage_optionRequired, option));
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
