package org.mqsec.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.target.QueueManagerException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code mqsec} command tree on picocli, and how it ends: 0 when done, 1 when the input could not
 * be used (the message says why and what to do), 2 when the command line itself was wrong (the
 * message names the option, then the command's usage). Never a stack trace. Words the parser did
 * not expect are not echoed, since a password typed where it does not belong must not reach a log.
 */
public final class MqsecCommandLine {

    private MqsecCommandLine() {
    }

    /** The command groups and their commands, made only when needed. */
    private static final Map<String, Supplier<Object>> GROUPS = new LinkedHashMap<>();
    private static final Map<String, Map<String, Supplier<Object>>> COMMANDS = new LinkedHashMap<>();

    static {
        Map<String, Supplier<Object>> keystore = new LinkedHashMap<>();
        keystore.put("list", KeystoreListCommand::new); //$NON-NLS-1$
        keystore.put("show", KeystoreShowCommand::new); //$NON-NLS-1$
        keystore.put("create", KeystoreCreateCommand::new); //$NON-NLS-1$
        keystore.put("genkey", KeystoreGenkeyCommand::new); //$NON-NLS-1$
        keystore.put("ca", KeystoreCaCommand::new); //$NON-NLS-1$
        keystore.put("csr", KeystoreCsrCommand::new); //$NON-NLS-1$
        keystore.put("sign", KeystoreSignCommand::new); //$NON-NLS-1$
        keystore.put("receive", KeystoreReceiveCommand::new); //$NON-NLS-1$
        keystore.put("import", KeystoreImportCommand::new); //$NON-NLS-1$
        keystore.put("export", KeystoreExportCommand::new); //$NON-NLS-1$
        keystore.put("convert", KeystoreConvertCommand::new); //$NON-NLS-1$
        keystore.put("passwd", KeystorePasswdCommand::new); //$NON-NLS-1$
        keystore.put("delete", KeystoreDeleteCommand::new); //$NON-NLS-1$
        keystore.put("rename", KeystoreRenameCommand::new); //$NON-NLS-1$
        Map<String, Supplier<Object>> chlauth = new LinkedHashMap<>();
        chlauth.put("runcheck", ChlauthRuncheckCommand::new); //$NON-NLS-1$
        chlauth.put("lint", ChlauthLintCommand::new); //$NON-NLS-1$
        chlauth.put("plan", ChlauthPlanCommand::new); //$NON-NLS-1$
        Map<String, Supplier<Object>> qmgr = new LinkedHashMap<>();
        qmgr.put("profiles", QmgrProfilesCommand::new); //$NON-NLS-1$
        qmgr.put("test", QmgrTestCommand::new); //$NON-NLS-1$
        qmgr.put("show", QmgrShowCommand::new); //$NON-NLS-1$
        Map<String, Supplier<Object>> plan = new LinkedHashMap<>();
        plan.put("render", PlanRenderCommand::new); //$NON-NLS-1$
        plan.put("diff", PlanDiffCommand::new); //$NON-NLS-1$
        plan.put("apply", PlanApplyCommand::new); //$NON-NLS-1$
        group("keystore", KeystoreCommand::new, keystore); //$NON-NLS-1$
        group("chlauth", ChlauthCommand::new, chlauth); //$NON-NLS-1$
        group("qmgr", QmgrCommand::new, qmgr); //$NON-NLS-1$
        group("plan", PlanCommand::new, plan); //$NON-NLS-1$
        Map<String, Supplier<Object>> token = new LinkedHashMap<>();
        token.put("modules", TokenModulesCommand::new); //$NON-NLS-1$
        token.put("list", TokenListCommand::new); //$NON-NLS-1$
        token.put("show", TokenShowCommand::new); //$NON-NLS-1$
        token.put("genkey", TokenGenkeyCommand::new); //$NON-NLS-1$
        token.put("csr", TokenCsrCommand::new); //$NON-NLS-1$
        token.put("import-cert", TokenImportCertCommand::new); //$NON-NLS-1$
        token.put("export", TokenExportCommand::new); //$NON-NLS-1$
        token.put("delete", TokenDeleteCommand::new); //$NON-NLS-1$
        token.put("passwd", TokenPasswdCommand::new); //$NON-NLS-1$
        group("token", TokenCommand::new, token); //$NON-NLS-1$
        group("tls", TlsCommand::new, Map.of("plan", TlsPlanCommand::new)); //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, Supplier<Object>> ams = new LinkedHashMap<>();
        ams.put("render", AmsRenderCommand::new); //$NON-NLS-1$
        ams.put("parse", AmsParseCommand::new); //$NON-NLS-1$
        ams.put("conf", AmsConfCommand::new); //$NON-NLS-1$
        ams.put("check", AmsCheckCommand::new); //$NON-NLS-1$
        ams.put("inspect", AmsInspectCommand::new); //$NON-NLS-1$
        group("ams", AmsCommand::new, ams); //$NON-NLS-1$
        Map<String, Supplier<Object>> zos = new LinkedHashMap<>();
        zos.put("racf", ZosRacfCommand::new); //$NON-NLS-1$
        zos.put("profiles", ZosProfilesCommand::new); //$NON-NLS-1$
        zos.put("display-security", ZosDisplaySecurityCommand::new); //$NON-NLS-1$
        group("zos", ZosCommand::new, zos); //$NON-NLS-1$
        group("report", ReportCommand::new, Map.of()); //$NON-NLS-1$
        group("fleet", FleetCommand::new, Map.of("scan", FleetScanCommand::new)); //$NON-NLS-1$ //$NON-NLS-2$
        group("ciphers", CiphersCommand::new, Map.of()); //$NON-NLS-1$
        group("completion", CompletionCommand::new, Map.of()); //$NON-NLS-1$
    }

    private static void group(String name, Supplier<Object> group, Map<String, Supplier<Object>> commands) {
        GROUPS.put(name, group);
        COMMANDS.put(name, commands);
    }

    /** The whole command tree writing to {@code out} and {@code err} (help, completion, tests). */
    public static CommandLine create(PrintStream out, PrintStream err) {
        return create(out, err, new String[0]);
    }

    /**
     * The command tree for {@code args}: only the group and command they name, since picocli reads
     * every command's annotations when it is added and a script runs one command; the whole tree
     * when the words name none (help, an unknown command) or ask for completion.
     */
    static CommandLine create(PrintStream out, PrintStream err, String[] args) {
        CommandLine commandLine = new CommandLine(new MqsecCommand());
        boolean versionOnly = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0])); //$NON-NLS-1$ //$NON-NLS-2$
        // mqsec's own help lists the groups, not their commands
        boolean groupsOnly = args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0])); //$NON-NLS-1$ //$NON-NLS-2$
        String groupName = args.length > 0 && GROUPS.containsKey(args[0]) && !"completion".equals(args[0]) ? args[0] : null; //$NON-NLS-1$
        for (Map.Entry<String, Supplier<Object>> group : GROUPS.entrySet()) {
            if (versionOnly || groupName != null && !groupName.equals(group.getKey())) {
                continue;
            }
            CommandLine groupLine = new CommandLine(group.getValue().get());
            Map<String, Supplier<Object>> commands = COMMANDS.get(group.getKey());
            String commandName = groupName != null && args.length > 1 && commands.containsKey(args[1]) ? args[1] : null;
            commands.forEach((name, command) -> {
                if (!groupsOnly && (commandName == null || commandName.equals(name))) {
                    groupLine.addSubcommand(name, command.get());
                }
            });
            commandLine.addSubcommand(group.getKey(), groupLine);
        }
        // looked up with our class loader: picocli's own would not see the file inside an OSGi bundle
        commandLine.setResourceBundle(ResourceBundle.getBundle("org.mqsec.cli.internal.help", Locale.getDefault(), //$NON-NLS-1$
                MqsecCommandLine.class.getClassLoader()));
        commandLine.setOut(writerOn(out));
        commandLine.setErr(writerOn(err));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(PARAMETER_ERRORS);
        commandLine.setExecutionExceptionHandler(EXECUTION_ERRORS);
        return commandLine;
    }

    /** Text to the stream in the stream's own encoding. */
    private static PrintWriter writerOn(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(String.valueOf(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /** Runs one command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = create(out, err, args);
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    private static final IParameterExceptionHandler PARAMETER_ERRORS = (ParameterException e, String[] args) -> {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(NLS.bind(Messages.Error_prefix, describe(e)));
        tellUsage(command, err);
        return Mqsec.USAGE;
    };

    /** The parser's message, except that unexpected words are counted, not repeated (they may be secrets). */
    private static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            List<String> options = words.stream().filter(w -> w.startsWith("-")).map(w -> w.replaceFirst("=.*", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .toList();
            if (!options.isEmpty()) {
                return NLS.bind(Messages.Usage_unknownOption, String.join(", ", options)); //$NON-NLS-1$
            }
            CommandLine command = e.getCommandLine();
            if (!command.getSubcommands().isEmpty() && !words.isEmpty()) {
                // where a command name belongs: the word is a mistyped command, not a secret
                return NLS.bind(Messages.Usage_unknownCommand, new Object[] { words.get(0),
                        command.getCommandSpec().qualifiedName(), String.join(", ", command.getSubcommands().keySet()) }); //$NON-NLS-1$
            }
            return NLS.bind(Messages.Usage_unexpectedWords, words.size());
        }
        return e.getMessage();
    }

    /** The command's synopsis and where to read more; the whole help would bury the error. */
    private static void tellUsage(CommandLine command, PrintWriter err) {
        err.print(command.getHelp().fullSynopsis());
        err.println(NLS.bind(Messages.Usage_more, command.getCommandSpec().qualifiedName()));
    }

    private static final IExecutionExceptionHandler EXECUTION_ERRORS = (Exception e, CommandLine command,
            ParseResult parsed) -> {
        PrintWriter err = command.getErr();
        if (e instanceof UsageException) {
            err.println(NLS.bind(Messages.Error_prefix, e.getMessage()));
            tellUsage(command, err);
            return Mqsec.USAGE;
        }
        if (e instanceof KeyRepositoryException problem) {
            err.println(NLS.bind(Messages.Error_prefix, problem.getMessage()));
            if (!problem.advice().isEmpty()) {
                err.println(problem.advice());
            }
            return Mqsec.FAILED;
        }
        if (e instanceof CommandFailure failure) {
            err.println(NLS.bind(Messages.Error_prefix, failure.getMessage()));
            if (!failure.advice().isEmpty()) {
                err.println(failure.advice());
            }
            return Mqsec.FAILED;
        }
        if (e instanceof QueueManagerException refused) {
            err.println(NLS.bind(Messages.Error_prefix, refused.getMessage()));
            if (!refused.fix().isEmpty()) {
                err.println(refused.fix());
            }
            return Mqsec.FAILED;
        }
        throw e; // a defect, not bad input: Mqsec.main reports it
    };
}
