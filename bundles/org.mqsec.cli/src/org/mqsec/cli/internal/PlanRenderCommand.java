package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.plan.MqscScript;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerStep;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.qmgr.pcf.PlanPcf;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec plan render PLAN.json}: the plan's findings, then the plan as an MQSC script for
 * runmqsc (80 columns, or 72 with z/OS continuation), or as the PCF commands mqsec sends, each
 * parameter named by IBM's constants. Exit 1, writing nothing, when a finding is an error.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class PlanRenderCommand implements Callable<Integer> {

    /** What to write: the MQSC script (Multiplatforms or z/OS records) or the PCF commands. */
    enum Format {
        MQSC("mqsc"), MQSC_ZOS("mqsc-zos"), PCF("pcf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        private final String name;

        Format(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        /** For picocli: the option's words, as the help lists them. */
        static Format of(String word) {
            for (Format format : values()) {
                if (format.name.equalsIgnoreCase(word)) {
                    return format;
                }
            }
            throw new TypeConversionException(NLS.bind(Messages.Plan_badFormat, word));
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", descriptionKey = "plan")
    Path planFile;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "render-format", converter = FormatConverter.class,
            completionCandidates = FormatWords.class)
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws CommandFailure {
        Plan plan = PlanOutput.readPlan(planFile);
        PrintWriter err = spec.commandLine().getErr();
        var findings = plan.validate();
        if (PlanOutput.printFindings(findings, err)) {
            err.println(Messages.Plan_notRendered);
            return Mqsec.FAILED;
        }
        Format chosen = format != null ? format : plan.platform() == QueueManagerPlatform.ZOS ? Format.MQSC_ZOS : Format.MQSC;
        String text = switch (chosen) {
            case MQSC -> MqscScript.render(plan, MqscScript.Layout.MULTIPLATFORMS);
            case MQSC_ZOS -> MqscScript.render(plan, MqscScript.Layout.ZOS);
            case PCF -> pcf(plan);
        };
        return PlanOutput.printOrWrite(text, out, spec.commandLine().getOut());
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value);
        }
    }

    static final class FormatWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::toString).iterator();
        }
    }

    /** Each step's PCF command as IBM's classes build it; key repository steps as the commands to run there. */
    private static String pcf(Plan plan) {
        StringBuilder text = new StringBuilder();
        int number = 0;
        for (PlanStep step : plan.steps()) {
            number++;
            text.append(NLS.bind(Messages.Plan_pcfStep, number, step.describe())).append('\n');
            if (step instanceof QueueManagerStep queueManagerStep) {
                text.append(PlanPcf.describe(PlanPcf.command(queueManagerStep))).append('\n');
            } else {
                text.append(Messages.Plan_pcfLocal).append('\n');
            }
        }
        return text.toString();
    }
}
