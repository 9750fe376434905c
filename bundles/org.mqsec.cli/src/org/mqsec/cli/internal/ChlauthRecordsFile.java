package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * CHLAUTH records from DISPLAY CHLAUTH(*) ALL output or a dmpmqcfg dump, for the chlauth commands:
 * any problem in the input fails the command, line by line, since RUNCHECK on records MQ would
 * refuse is not reliable.
 */
record ChlauthRecordsFile(List<ChlauthRecord> records, boolean disabled) {

    static ChlauthRecordsFile read(Path file, PrintWriter err) throws KeyRepositoryException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNREADABLE,
                    NLS.bind(Messages.Chlauth_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        }
        ChlauthRecordSet read = ChlauthRecordSet.read(text);
        List<String> problems = read.problems().stream().map(Finding::message).toList();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(NLS.bind(Messages.Error_prefix, p)));
            throw new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT,
                    NLS.bind(Messages.Chlauth_badRecords, file, problems.size()), Messages.Chlauth_badRecordsFix);
        }
        if (read.records().isEmpty()) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.UNKNOWN_FORMAT,
                    NLS.bind(Messages.Chlauth_noRecords, file), Messages.Chlauth_noRecordsFix);
        }
        return new ChlauthRecordsFile(read.records(), read.chlauthDisabled());
    }

    /** Who *MQADMIN means: the users given, or mqm and root. */
    static Set<String> privileged(String option) {
        return option == null ? RuncheckSimulator.DEFAULT_PRIVILEGED_USERS : RuncheckSimulator.privilegedUsers(option);
    }
}
