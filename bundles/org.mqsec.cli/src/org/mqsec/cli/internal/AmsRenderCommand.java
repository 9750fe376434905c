package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicySysin;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.tls.QueueManagerPlatform;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mqsec ams render}: an AMS policy from options, checked (exit 1 and nothing written on an
 * error), then written as {@code SET POLICY}, as a {@code setmqspl} line, or as a plan for
 * {@code mqsec plan render --format pcf|mqsc-zos}, {@code plan diff} and {@code plan apply}.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class AmsRenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "QUEUE", descriptionKey = "ams-name")
    String name;

    @Option(names = "--qmgr", paramLabel = "QMGR", descriptionKey = "ams-qmgr")
    String queueManager;

    @Option(names = "--sign", paramLabel = "ALGORITHM", descriptionKey = "ams-sign")
    String signature = "NONE"; //$NON-NLS-1$

    @Option(names = "--encrypt", paramLabel = "ALGORITHM", descriptionKey = "ams-encrypt")
    String encryption = "NONE"; //$NON-NLS-1$

    @Option(names = "--signer", paramLabel = "DN", descriptionKey = "ams-signer")
    List<String> signers = new ArrayList<>();

    @Option(names = "--recipient", paramLabel = "DN", descriptionKey = "ams-recipient")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--tolerate", descriptionKey = "ams-tolerate")
    boolean tolerate;

    @Option(names = "--key-reuse", paramLabel = "N", descriptionKey = "ams-key-reuse")
    String keyReuse = "DISABLED"; //$NON-NLS-1$

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "ams-format")
    String format = "mqsc"; //$NON-NLS-1$

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws CommandFailure {
        AmsPolicy policy;
        try {
            policy = AmsPolicy.of(name, Map.of("SIGNALG", List.of(signature), "ENCALG", List.of(encryption), "SIGNER", signers, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "RECIP", recipients, "ENFORCE", List.of(tolerate ? "TOLERATE" : "ENFORCE"), "KEYREUSE", List.of(keyReuse))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Finding> findings = policy.check();
        findings.forEach(err::println);
        if (Finding.hasErrors(findings)) {
            err.println(Messages.Ams_notRendered);
            return Mqsec.FAILED;
        }
        if ("csq0util".equals(format)) { //$NON-NLS-1$
            List<Finding> sysin = AmsPolicySysin.check(requireQueueManager(), policy);
            sysin.forEach(err::println);
            if (Finding.hasErrors(sysin)) {
                err.println(Messages.Ams_notRendered);
                return Mqsec.FAILED;
            }
        }
        String text = switch (format) {
            case "mqsc" -> policy.step().toMqsc() + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
            case "setmqspl" -> AmsPolicyText.setmqspl(requireQueueManager(), policy) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
            case "csq0util" -> String.join("\n", AmsPolicySysin.write(requireQueueManager(), List.of(policy), List.of())) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "plan" -> PlanFile.write(new Plan(requireQueueManager(), QueueManagerPlatform.MULTIPLATFORMS, List.of(policy.step()))); //$NON-NLS-1$
            default -> throw new ParameterException(spec.commandLine(), NLS.bind(Messages.Ams_badFormat, format));
        };
        return PlanOutput.printOrWrite(text, out, spec.commandLine().getOut());
    }

    private String requireQueueManager() {
        if (queueManager == null || queueManager.isBlank()) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.Ams_qmgrRequired, format));
        }
        return queueManager;
    }
}
