package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.crypto.internal.keystore.AtomicFiles;

/** The job card of {@code --jobcard}, and a job written to standard output or, without a backup, to {@code --out}. */
final class ZosJobOutput {

    private ZosJobOutput() {
    }

    /** The job card in {@code file}, checked; the default when no file is given. */
    static String jobCard(Path file) throws CommandFailure {
        if (file == null) {
            return RacfJob.DEFAULT_JOB_CARD;
        }
        String card;
        try {
            card = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Zos_jobCardUnreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        }
        List<Finding> findings = RacfJob.checkJobCard(card);
        if (!findings.isEmpty()) {
            throw new CommandFailure(NLS.bind(Messages.Zos_jobCardBad, file, findings.get(0).message()), findings.get(0).fix());
        }
        return card;
    }

    /** The job on standard output, or into {@code out} (atomically, no backup: a job may hold an export password). */
    static Integer write(String job, Path out, PrintWriter stdout) throws CommandFailure {
        if (out == null) {
            stdout.print(job);
            return Mqsec.OK;
        }
        try {
            AtomicFiles.write(out, job.getBytes(StandardCharsets.UTF_8), AtomicFiles.Options.NO_BACKUP);
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Plan_notWritten, out, FileProblems.describe(out, e)), ""); //$NON-NLS-1$
        }
        stdout.println(NLS.bind(Messages.Tls_written, out));
        return Mqsec.OK;
    }

    /** Findings on standard error, each with its code; true when one is an error. */
    static boolean printFindings(List<Finding> findings, PrintWriter err) {
        findings.forEach(finding -> err.println(line(finding)));
        return Finding.hasErrors(findings);
    }

    /** "warning ZOS_SWITCH_OFF: message fix": the code first, for scripts that look for it. */
    static String line(Finding finding) {
        return finding.code().isEmpty() ? finding.toString()
                : finding.severity().name().toLowerCase(java.util.Locale.ROOT) + ' ' + finding.code() + ": " + finding.message() //$NON-NLS-1$
                        + (finding.fix().isEmpty() ? "" : " " + finding.fix()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
