package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mqsec.cli.Mqsec;
import org.mqsec.cli.internal.MqsecCommandLine;
import org.mqsec.testing.KeystoreFixtures;

import picocli.CommandLine;

/**
 * What every command line tool is expected to do: --help and --version on every command, errors that
 * name the option, no echo of words that may be secrets, shell completion that completes, and the
 * same refusals and warnings as the workbench's wizards (the operations are shared).
 */
class CommandLineConventionsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    /** Every command of the tree, as the words that name it ("keystore create"). */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        collect(MqsecCommandLine.create(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())),
                "", names); //$NON-NLS-1$
        return names.stream();
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            String words = (prefix + " " + name).strip(); //$NON-NLS-1$
            names.add(words);
            collect(sub, words, names);
        });
    }

    @Test
    void theTreeHasEveryCommandTheReadmeNames() {
        List<String> names = commands().toList();
        for (String expected : List.of("keystore list", "keystore create", "keystore genkey", "keystore ca", "keystore csr", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "keystore sign", "keystore receive", "keystore import", "keystore export", "keystore convert", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "keystore passwd", "keystore delete", "keystore rename", "chlauth runcheck", "chlauth lint", "tls plan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "ams render", "ams parse", "ams conf", "ams check", "ams inspect", "ciphers", "completion")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertTrue(names.contains(expected), expected + " in " + names); //$NON-NLS-1$
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpAndVersion(String command) {
        List<String> words = new ArrayList<>(List.of(command.split(" "))); //$NON-NLS-1$
        words.add("--help"); //$NON-NLS-1$
        CommandRun help = mqsec(words.toArray(String[]::new));
        assertEquals(Mqsec.OK, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: mqsec " + command), help.out()); //$NON-NLS-1$
        assertFalse(help.out().contains("null"), "every option has its description: " + help.out()); //$NON-NLS-1$ //$NON-NLS-2$
        words.set(words.size() - 1, "--version"); //$NON-NLS-1$
        CommandRun version = mqsec(words.toArray(String[]::new));
        assertEquals(Mqsec.OK, version.code(), version.err());
        assertTrue(version.out().startsWith("mqsec 0.1.0"), version.out()); //$NON-NLS-1$
    }

    @Test
    void mqsecItselfAnswersHelpWithEveryGroupAndVersion() {
        CommandRun help = mqsec("--help"); //$NON-NLS-1$
        assertEquals(Mqsec.OK, help.code(), help.err());
        for (String group : List.of("keystore", "chlauth", "tls", "ciphers", "completion")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            assertTrue(help.out().contains("  " + group + " "), group + " in " + help.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        CommandRun version = mqsec("--version"); //$NON-NLS-1$
        assertEquals(Mqsec.OK, version.code(), version.err());
        assertTrue(version.out().startsWith("mqsec 0.1.0"), version.out()); //$NON-NLS-1$
        CommandRun none = mqsec();
        assertEquals(Mqsec.USAGE, none.code());
        assertTrue(none.err().contains("needs a command"), none.err()); //$NON-NLS-1$
    }

    @Test
    void errorsNameTheOptionAndTheValuesItTakes() {
        CommandRun unknown = mqsec("keystore", "create", "x.p12", "--colour", "red"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.USAGE, unknown.code());
        assertTrue(unknown.err().contains("--colour") && unknown.err().contains("Usage: mqsec keystore create"), unknown.err()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun badValue = mqsec("keystore", "create", "x.p12", "--profile", "strong"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.USAGE, badValue.code());
        assertTrue(badValue.err().contains("--profile") && badValue.err().contains("modern, compatible"), badValue.err()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun missing = mqsec("keystore", "genkey", "x.p12", "--dn", "CN=x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.USAGE, missing.code());
        assertTrue(missing.err().contains("--alias"), missing.err()); //$NON-NLS-1$
        CommandRun both = mqsec("keystore", "list", "x.p12", "--password-file", "a", "--password-env", "B"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(Mqsec.USAGE, both.code());
        assertTrue(both.err().contains("mutually exclusive"), both.err()); //$NON-NLS-1$
    }

    @Test
    void aPasswordTypedOnTheCommandLineIsNotRepeated() {
        CommandRun run = mqsec("keystore", "list", "x.p12", "--password-file", "pw.txt", "Sup3r-Secret"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.USAGE, run.code());
        assertFalse(run.err().contains("Sup3r-Secret"), run.err()); //$NON-NLS-1$
        CommandRun option = mqsec("keystore", "list", "x.p12", "--password=Sup3r-Secret"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.USAGE, option.code());
        assertFalse(option.err().contains("Sup3r-Secret"), option.err()); //$NON-NLS-1$
        assertTrue(option.err().contains("--password"), option.err()); //$NON-NLS-1$
    }

    /** The completion script, sourced by a real bash, completes commands, options and their values. */
    @Test
    void bashCompletesFromTheGeneratedScript() throws Exception {
        CommandRun completion = mqsec("completion"); //$NON-NLS-1$
        assertEquals(Mqsec.OK, completion.code(), completion.err());
        Path dir = FIXTURES.scratch("completion"); //$NON-NLS-1$
        Path script = dir.resolve("mqsec.bash"); //$NON-NLS-1$
        Files.writeString(script, completion.out());
        String complete = "source mqsec.bash\n" //$NON-NLS-1$
                + "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($#-1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};" //$NON-NLS-1$
                + " _complete_mqsec 2>/dev/null; echo \"[${COMPREPLY[*]}]\"; }\n" //$NON-NLS-1$
                + "t mqsec keystore cr\nt mqsec keystore create x.p12 --pro\nt mqsec keystore create x.p12 --profile ''\n"; //$NON-NLS-1$
        String completed = KeystoreFixtures.run(dir, List.of("bash", "-c", complete)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(completed.contains("[create]"), completed); //$NON-NLS-1$
        assertTrue(completed.contains("[--profile]"), completed); //$NON-NLS-1$
        assertTrue(completed.contains("[modern compatible]"), completed); //$NON-NLS-1$
    }

    /** The command line runs the wizard's create operation: the same refusal of a stash for JKS and warning for a short password. */
    @Test
    void createRefusesAStashForJavaStoresAndWarnsOfShortPasswords() throws Exception {
        Path dir = FIXTURES.scratch("cli-create-rules"); //$NON-NLS-1$
        Path jks = dir.resolve("client.jks"); //$NON-NLS-1$
        Files.deleteIfExists(jks);
        CommandRun stash = mqsec("keystore", "create", jks.toString(), "--type", "jks", "--stash", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                FIXTURES.file("password.txt").toString()); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, stash.code(), stash.err());
        assertTrue(stash.err().contains("stash file is for a queue manager's or C client's PKCS#12 or CMS"), stash.err()); //$NON-NLS-1$
        assertFalse(Files.exists(jks) || Files.exists(dir.resolve("client.sth")), "nothing written"); //$NON-NLS-1$
        Path shortPassword = dir.resolve("short.txt"); //$NON-NLS-1$
        Files.writeString(shortPassword, "abc\n"); //$NON-NLS-1$
        Path p12 = dir.resolve("short.p12"); //$NON-NLS-1$
        Files.deleteIfExists(p12);
        CommandRun created = mqsec("keystore", "create", p12.toString(), "--password-file", shortPassword.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, created.code(), created.err());
        assertTrue(created.json().getAsJsonArray("warnings").toString().contains("shorter than 8 characters"), created.out()); //$NON-NLS-1$ //$NON-NLS-2$
        // written all the same, and openssl opens it with that password
        KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "short.p12", "-passin", "pass:abc", "-noout")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }
}
