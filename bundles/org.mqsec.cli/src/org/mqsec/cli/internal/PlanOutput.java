package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.ObjectChange;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.plan.PlanFinding;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.qmgr.apply.ApplyReport;
import org.mqsec.qmgr.apply.StepResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Plans, states and comparisons read from files and written for people or as JSON, for the plan and qmgr commands. */
final class PlanOutput {

    private PlanOutput() {
    }

    static Plan readPlan(Path file) throws CommandFailure {
        try {
            return PlanFile.read(Files.readString(file));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Plan_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        } catch (PlanFile.UnreadableException e) {
            throw new CommandFailure(NLS.bind(Messages.Plan_bad, file, e.getMessage()), Messages.Plan_badFix);
        }
    }

    /** A dmpmqcfg dump or runmqsc DISPLAY output. */
    static QueueManagerState readDump(Path file) throws CommandFailure {
        try {
            return QueueManagerStateReader.read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_dumpUnreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        }
    }

    /** The plan's findings to {@code out}, errors first named as such; whether any is an error. */
    static boolean printFindings(List<PlanFinding> findings, PrintWriter out) {
        for (PlanFinding finding : findings) {
            out.println(finding);
        }
        return Plan.hasErrors(findings);
    }

    static void printChanges(PlanComparison comparison, PrintWriter out) {
        for (ObjectChange change : comparison.changes()) {
            out.println(change.describe());
        }
        out.println(comparison.nothingToDo() ? Messages.Plan_nothingToDo : NLS.bind(Messages.Plan_toDo, comparison.changes().stream()
                .filter(c -> c.kind() != ObjectChange.Kind.UNCHANGED).count()));
    }

    /** A comparison as JSON: whether anything would change, the plan's findings and each step's change. */
    static JsonObject comparisonJson(PlanComparison comparison, List<PlanFinding> findings) {
        JsonObject root = new JsonObject();
        root.addProperty("nothingToDo", comparison.nothingToDo()); //$NON-NLS-1$
        root.add("findings", findingsJson(findings)); //$NON-NLS-1$
        root.add("changes", changesJson(comparison.changes())); //$NON-NLS-1$
        return root;
    }

    static JsonArray findingsJson(List<PlanFinding> findings) {
        JsonArray array = new JsonArray();
        for (PlanFinding planFinding : findings) {
            JsonObject json = finding(planFinding.finding());
            json.addProperty("step", planFinding.step()); //$NON-NLS-1$
            array.add(json);
        }
        return array;
    }

    /** The text on standard output, or written to {@code out} (atomically) with a line saying so. */
    static Integer printOrWrite(String text, Path out, PrintWriter stdout) throws CommandFailure {
        if (out == null) {
            stdout.print(text);
            return org.mqsec.cli.Mqsec.OK;
        }
        try {
            org.mqsec.crypto.internal.keystore.AtomicFiles.write(out, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Plan_notWritten, out, FileProblems.describe(out, e)), ""); //$NON-NLS-1$
        }
        stdout.println(NLS.bind(Messages.Tls_written, out));
        return org.mqsec.cli.Mqsec.OK;
    }

    static JsonObject finding(Finding finding) {
        JsonObject json = new JsonObject();
        json.addProperty("code", finding.code()); //$NON-NLS-1$
        json.addProperty("severity", finding.severity().name()); //$NON-NLS-1$
        json.addProperty("field", finding.field()); //$NON-NLS-1$
        json.addProperty("message", finding.message()); //$NON-NLS-1$
        json.addProperty("fix", finding.fix()); //$NON-NLS-1$
        return json;
    }

    static JsonArray changesJson(List<ObjectChange> changes) {
        JsonArray array = new JsonArray();
        for (ObjectChange change : changes) {
            JsonObject json = new JsonObject();
            json.addProperty("step", change.step()); //$NON-NLS-1$
            json.addProperty("type", change.type().noun()); //$NON-NLS-1$
            json.addProperty("name", change.name()); //$NON-NLS-1$
            json.addProperty("change", change.kind().name()); //$NON-NLS-1$
            JsonArray attributes = new JsonArray();
            for (ObjectChange.AttributeChange attribute : change.changes()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("keyword", attribute.keyword()); //$NON-NLS-1$
                entry.addProperty("before", attribute.before()); //$NON-NLS-1$
                entry.addProperty("after", attribute.after()); //$NON-NLS-1$
                attributes.add(entry);
            }
            json.add("attributes", attributes); //$NON-NLS-1$
            json.addProperty("text", change.describe()); //$NON-NLS-1$
            array.add(json);
        }
        return array;
    }

    static JsonObject reportJson(ApplyReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("succeeded", report.succeeded()); //$NON-NLS-1$
        JsonArray steps = new JsonArray();
        for (StepResult result : report.results()) {
            JsonObject step = new JsonObject();
            step.addProperty("step", result.number()); //$NON-NLS-1$
            step.addProperty("description", result.step().describe()); //$NON-NLS-1$
            step.addProperty("outcome", result.outcome().name()); //$NON-NLS-1$
            step.addProperty("reason", result.reason()); //$NON-NLS-1$
            step.addProperty("detail", result.detail()); //$NON-NLS-1$
            steps.add(step);
        }
        json.add("steps", steps); //$NON-NLS-1$
        if (report.notAsPlanned() != null) {
            json.add("notAsPlanned", changesJson(report.notAsPlanned())); //$NON-NLS-1$
        } else {
            json.addProperty("rereadProblem", report.rereadProblem()); //$NON-NLS-1$
        }
        return json;
    }

    static void printReport(ApplyReport report, PrintWriter out) {
        for (StepResult result : report.results()) {
            out.println(NLS.bind(Messages.Plan_stepResult, new Object[] { result.number(), result.outcome().name(), result.step().describe() }));
            if (!result.detail().isEmpty()) {
                result.detail().lines().forEach(line -> out.println("    " + line)); //$NON-NLS-1$
            }
        }
        if (report.notAsPlanned() == null) {
            out.println(NLS.bind(Messages.Plan_notReread, report.rereadProblem()));
        } else if (report.notAsPlanned().isEmpty()) {
            out.println(Messages.Plan_asPlanned);
        } else {
            out.println(Messages.Plan_notAsPlanned);
            report.notAsPlanned().forEach(change -> out.println("  " + change.describe())); //$NON-NLS-1$
        }
    }
}
