package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * A plan as an MQSC script: one command per queue manager step, long commands wrapped so that each
 * line fits (mq-security.md 2.1). Between words a line ends with {@code +} (the next line continues at
 * its first non-blank, so it can be indented); a word longer than a line (a long SSLPEER) is cut
 * with {@code -}, which continues at column 1 of the next line, so nothing inside quotes is lost or
 * added. A cut never leaves a line starting with {@code *}, which runmqsc would read as a comment.
 * Key repository steps become comments that say where they run.
 */
public final class MqscScript {

    /** How wide lines may be. */
    public enum Layout {
        /** runmqsc on AIX, Linux, Windows: lines may be 2,048 characters; 80 keeps them readable. */
        MULTIPLATFORMS(80),
        /** z/OS: 80-byte records of which columns 1-72 are read (CSQINP1/2, CSQUTIL, the console). */
        ZOS(72);

        private final int width;

        Layout(int width) {
            this.width = width;
        }

        public int width() {
            return width;
        }
    }

    private static final String INDENT = "   "; //$NON-NLS-1$

    private MqscScript() {
    }

    public static String render(Plan plan, Layout layout) {
        StringBuilder script = new StringBuilder();
        String header = plan.queueManager().isEmpty() ? PlanMessages.Script_header
                : PlanMessages.bind(PlanMessages.Script_headerFor, plan.queueManager());
        comment(script, header, layout);
        int number = 0;
        for (PlanStep step : plan.steps()) {
            number++;
            if (step instanceof QueueManagerStep queueManagerStep) {
                comment(script, PlanMessages.bind(PlanMessages.Script_step, number, step.describe()), layout);
                lines(queueManagerStep.toMqsc(), layout.width()).forEach(line -> script.append(line).append('\n'));
            } else if (step instanceof KeyRepositoryStep key) {
                comment(script, PlanMessages.bind(PlanMessages.Script_localStep, number, step.describe()), layout);
                key.commands().forEach(command -> comment(script, INDENT + command, layout));
            } else if (step instanceof KeyRingStep) {
                comment(script, PlanMessages.bind(PlanMessages.Script_racfStep, number, step.describe()), layout);
            }
        }
        return script.toString();
    }

    /** Comment lines ("* ...") no wider than the layout. */
    private static void comment(StringBuilder script, String text, Layout layout) {
        String rest = text.replaceAll("\\p{Cntrl}", " "); //$NON-NLS-1$ //$NON-NLS-2$
        int room = layout.width() - 2;
        do {
            int cut = Math.min(rest.length(), room);
            if (cut < rest.length()) {
                int blank = rest.lastIndexOf(' ', cut);
                cut = blank > room / 2 ? blank : cut;
            }
            script.append("* ").append(rest, 0, cut).append('\n'); //$NON-NLS-1$
            rest = rest.substring(cut).stripLeading();
        } while (!rest.isEmpty());
    }

    /** One command as lines of at most {@code width} characters. */
    public static List<String> lines(MqscCommand command, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : command.words()) {
            int needed = (line.length() == 0 ? 0 : 1) + word.length() + 2; // room for " +"
            if (line.length() + needed <= width) {
                line.append(line.length() == 0 ? "" : " ").append(word); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                lines.add(line.append(" +").toString()); //$NON-NLS-1$
                line = new StringBuilder(INDENT);
            }
            if (line.length() + word.length() + 2 <= width) {
                line.append(word);
                continue;
            }
            // the word does not fit on a line of its own: cut it with '-', continuing at column 1
            String rest = word;
            while (line.length() + rest.length() + 2 > width) {
                int cut = Math.min(width - 1 - line.length(), rest.length() - 1);
                while (cut > 1 && (rest.charAt(cut) == '*' || rest.charAt(cut) == ' ')) {
                    cut--; // the next line must not start with '*' (a comment) or a blank
                }
                lines.add(line.append(rest, 0, cut).append('-').toString());
                line = new StringBuilder();
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }
}
