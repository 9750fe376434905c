package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * TSO commands (RACDCERT, RDEFINE, PERMIT, SETROPTS) as a job to submit: the user's job card, one
 * step running the TSO terminal monitor program in batch (IKJEFT01, as seed 000 does), and the
 * commands as SYSTSIN records of at most 72 columns, continued as {@link Tso} says. JCL statements
 * are at most 71 columns (z/OS MVS JCL Reference: column 72 marks a continued statement).
 */
public final class RacfJob {

    public static final String JOB_CARD = "ZOS_JOB_CARD"; //$NON-NLS-1$
    public static final String RECORD_TOO_LONG = "ZOS_RECORD_TOO_LONG"; //$NON-NLS-1$

    /** A job card that fits most sites: edit accounting, class and message class to yours. */
    public static final String DEFAULT_JOB_CARD = "//MQSECJOB JOB (ACCT),'MQSEC',CLASS=A,MSGCLASS=H,NOTIFY=&SYSUID"; //$NON-NLS-1$

    /** Columns of a JCL statement. */
    public static final int JCL_COLUMNS = 71;

    private static final Pattern JOB_STATEMENT = Pattern.compile("//[A-Z@#$][A-Z0-9@#$]{0,7} +JOB( .*)?"); //$NON-NLS-1$

    private RacfJob() {
    }

    /** What is wrong with a job card: it must start with a JOB statement, and every line be a JCL statement of at most 71 columns. */
    public static List<Finding> checkJobCard(String jobCard) {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = lines(jobCard);
        if (lines.isEmpty() || !JOB_STATEMENT.matcher(lines.get(0)).matches()) {
            findings.add(Finding.error(JOB_CARD, "jobCard", ZosMessages.bind(ZosMessages.Job_noJobStatement, //$NON-NLS-1$
                    lines.isEmpty() ? "" : RacfNames.shown(lines.get(0))), ZosMessages.Job_jobCardFix)); //$NON-NLS-1$
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("//") || line.startsWith("/*") || line.length() > JCL_COLUMNS || MqAttribute.controlCharacter(line).isPresent()) { //$NON-NLS-1$ //$NON-NLS-2$
                findings.add(Finding.error(JOB_CARD, "jobCard", ZosMessages.bind(ZosMessages.Job_badLine, i + 1, RacfNames.shown(line), //$NON-NLS-1$
                        JCL_COLUMNS), ZosMessages.Job_jobCardFix));
            }
        }
        return findings;
    }

    /**
     * The job.
     *
     * @param jobCard  the job statement (and any lines that go with it), checked by {@link #checkJobCard}
     * @param title    a line saying what the job does, written as a JCL comment
     * @param commands TSO commands, each on one line
     * @throws IllegalArgumentException with the first error of {@link #checkJobCard}, or when a command holds a control character
     */
    public static String write(String jobCard, String title, List<String> commands) {
        List<Finding> findings = checkJobCard(jobCard);
        if (!findings.isEmpty()) {
            throw new IllegalArgumentException(findings.get(0).message() + ' ' + findings.get(0).fix());
        }
        StringBuilder job = new StringBuilder();
        for (String line : lines(jobCard)) {
            job.append(line).append('\n');
        }
        for (String comment : comment(MqAttribute.requireNoControlCharacter("title", title))) { //$NON-NLS-1$
            job.append(comment).append('\n');
        }
        job.append("//RACF     EXEC PGM=IKJEFT01,REGION=0M\n"); //$NON-NLS-1$
        job.append("//SYSTSPRT DD SYSOUT=*\n"); //$NON-NLS-1$
        job.append("//SYSTSIN  DD *\n"); //$NON-NLS-1$
        for (String command : commands) {
            for (String record : Tso.records(MqAttribute.requireNoControlCharacter("command", command))) { //$NON-NLS-1$
                job.append(record).append('\n');
            }
        }
        job.append("/*\n"); //$NON-NLS-1$
        return job.toString();
    }

    /**
     * The RACDCERT (and SETROPTS) commands of a plan's key ring steps, in order.
     *
     * @param password written into PKCS#12 exports only; null when none is to be written
     * @throws IllegalArgumentException with the first error of a step's command
     */
    public static List<String> racdcert(org.mqsec.core.plan.Plan plan, char[] password) {
        List<String> commands = new ArrayList<>();
        for (org.mqsec.core.plan.PlanStep step : plan.steps()) {
            if (step instanceof org.mqsec.core.plan.KeyRingStep ring) {
                commands.add(ring.command().render(password));
            }
        }
        return commands;
    }

    /**
     * The TSO commands of a job's SYSTSIN (or of a file of commands), each joined from its continued
     * records: what the job will run.
     */
    public static List<String> commands(String job) {
        List<String> commands = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean instream = !job.contains("SYSTSIN"); //$NON-NLS-1$
        for (String line : job.split("\\R")) { //$NON-NLS-1$
            if (line.startsWith("//") || line.startsWith("/*")) { //$NON-NLS-1$ //$NON-NLS-2$
                instream = line.matches("//SYSTSIN +DD +(\\*|DATA).*"); //$NON-NLS-1$
                continue;
            }
            if (!instream || (pending.isEmpty() && line.isBlank())) {
                continue;
            }
            pending.add(line);
            String trimmed = line.length() > Tso.RECORD ? line.substring(0, Tso.RECORD).stripTrailing() : line.stripTrailing();
            if (!trimmed.endsWith("-") && !trimmed.endsWith("+")) { //$NON-NLS-1$ //$NON-NLS-2$
                commands.add(Tso.join(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            commands.add(Tso.join(pending));
        }
        return commands;
    }

    /** A title as JCL comment lines ("//*"), cut at blanks to fit. */
    private static List<String> comment(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("//*"); //$NON-NLS-1$
        for (String word : title.strip().split(" +")) { //$NON-NLS-1$
            if (line.length() > 3 && line.length() + 1 + word.length() > JCL_COLUMNS) {
                lines.add(line.toString());
                line = new StringBuilder("//*"); //$NON-NLS-1$
            }
            String piece = word;
            while (line.length() + 1 + piece.length() > JCL_COLUMNS) {
                int room = JCL_COLUMNS - line.length() - 1;
                lines.add(line.append(' ').append(piece, 0, room).toString());
                piece = piece.substring(room);
                line = new StringBuilder("//*"); //$NON-NLS-1$
            }
            line.append(' ').append(piece);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!line.isBlank()) {
                lines.add(line.stripTrailing());
            }
        }
        return lines;
    }
}
