package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.KeystoreFixtures;

/**
 * The bad-input corpus: at least 200 inputs an administrator (or an attacker) may hand to mqsec —
 * truncated, altered, empty and huge files of every format, wrong and missing passwords, hostile DNs,
 * labels and names, MQSC values with control characters or over MQ's lengths, malformed SPEC.json
 * and CHLAUTH dumps, broken command lines. Each must end with exit 1 or 2 and a message saying what
 * is wrong (no stack trace), within 2 seconds, and leave every file in its folder as it was. The
 * README lists the categories and counts; {@link #theCorpusHasAtLeast200Inputs()} keeps the count honest.
 */
class BadInputCorpusTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    /** One bad input: the command line, the folder whose files must not change, the exit code expected. */
    record BadInput(String category, String name, List<String> args, Path folder, int code) {
        @Override
        public String toString() {
            return category + ": " + name; //$NON-NLS-1$
        }
    }

    private static List<BadInput> corpus;

    @BeforeAll
    static void warmUp() {
        // class loading and the JIT of the first run are not what the 2-second bound is about
        mqsec("keystore", "list", FIXTURES.file("store.jks").toString(), "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                FIXTURES.file("password.txt").toString()); //$NON-NLS-1$
    }

    static synchronized List<BadInput> corpus() throws IOException {
        if (corpus == null) {
            corpus = new Builder().build();
        }
        return corpus;
    }

    static Stream<BadInput> inputs() throws IOException {
        return corpus().stream();
    }

    @Test
    void theCorpusHasAtLeast200Inputs() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        corpus().forEach(input -> counts.merge(input.category(), 1, Integer::sum));
        assertTrue(corpus().size() >= 200, counts + " = " + corpus().size()); //$NON-NLS-1$
        assertEquals(corpus().size(), corpus().stream().map(BadInput::toString).distinct().count(), "names are unique"); //$NON-NLS-1$
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isRefusedInWordsQuicklyAndChangesNothing(BadInput input) throws Exception {
        Map<String, String> before = snapshot(input.folder());
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> mqsec(input.args().toArray(String[]::new)),
                input.toString());
        String all = run.out() + run.err();
        String context = input + " -> exit " + run.code() + "\n" + all; //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(input.code(), run.code(), context);
        assertTrue(run.err().startsWith("mqsec: ") || run.out().contains("error: "), "a message says what is wrong: " + context); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "no stack trace or defect: " + context); //$NON-NLS-1$
        assertFalse(all.contains(": null"), "no missing message: " + context); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(before, snapshot(input.folder()), "no file was changed, added or removed: " + context); //$NON-NLS-1$
    }

    /** Every file under the folder with its SHA-256 (sparse huge files by size and a hash of their head). */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
                long size = Files.size(file);
                try (var in = Files.newInputStream(file)) {
                    sha.update(in.readNBytes((int) Math.min(size, 4 * 1024 * 1024)));
                }
                files.put(folder.relativize(file).toString(), size + ":" + HexFormat.of().formatHex(sha.digest())); //$NON-NLS-1$
            }
        }
        return files;
    }

    /** Makes the files of the corpus, each case in a folder of its own under scratch/bad-input. */
    private static final class Builder {
        private final List<BadInput> inputs = new ArrayList<>();
        private final Path root;
        private final String password;
        private int folders;

        Builder() throws IOException {
            root = FIXTURES.scratch("bad-input"); //$NON-NLS-1$
            password = FIXTURES.file("password.txt").toString(); //$NON-NLS-1$
        }

        private Path folder() throws IOException {
            return Files.createDirectories(root.resolve(Integer.toString(++folders)));
        }

        private void add(String category, String name, Path folder, int code, String... args) {
            inputs.add(new BadInput(category, name, List.of(args), folder, code));
        }

        private Path write(String name, byte[] content) throws IOException {
            Path file = folder().resolve(name);
            Files.write(file, content);
            return file;
        }

        List<BadInput> build() throws IOException {
            damagedFiles();
            passwords();
            hostileNamesAndLabels();
            tlsSpecs();
            chlauthDumps();
            commandLines();
            return List.copyOf(inputs);
        }

        private void list(String category, String name, Path file) {
            add(category, name, file.getParent(), Mqsec.FAILED, "keystore", "list", file.toString(), "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        // ---- truncated, altered, empty and huge files of every format --------------------------------

        private void damagedFiles() throws IOException {
            String category = "damaged file"; //$NON-NLS-1$
            // binary formats protected by a MAC or digest: any change is caught
            for (String source : List.of("openssl-default.p12", "openssl-legacy.p12", "java-default.p12", "java-legacy.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "openssl-trust.p12", "server.pfx", "store.jks", "store.jceks")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                byte[] original = Files.readAllBytes(FIXTURES.file(source));
                for (int length : new int[] { 1, 4, 16, 100, original.length / 2, original.length - 1 }) {
                    list(category, source + " cut to " + length + " bytes", write(source, java.util.Arrays.copyOf(original, length))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (int offset : new int[] { 0, 1, original.length / 3, original.length / 2, original.length - 3 }) {
                    byte[] altered = original.clone();
                    altered[offset] ^= 0x10;
                    list(category, source + " with a bit flipped at " + offset, write(source, altered)); //$NON-NLS-1$
                }
            }
            // DER certificate and PKCS#7: cut, or the outer length broken
            for (String source : List.of("server.cer", "chain.p7b")) { //$NON-NLS-1$ //$NON-NLS-2$
                byte[] original = Files.readAllBytes(FIXTURES.file(source));
                for (int length : new int[] { 1, 3, 50, original.length / 2, original.length - 1 }) {
                    list(category, source + " cut to " + length + " bytes", write(source, java.util.Arrays.copyOf(original, length))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                byte[] badLength = original.clone();
                badLength[1] ^= 0x01;
                list(category, source + " with a broken outer length", write(source, badLength)); //$NON-NLS-1$
            }
            // PEM: the armour or the Base64 broken
            for (String source : List.of("bundle.pem", "bundle-encrypted.pem", "server.pem", "cabundle.pem")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                String text = Files.readString(FIXTURES.file(source));
                list(category, source + " cut inside its first block", write(source, //$NON-NLS-1$
                        text.substring(0, text.indexOf("-----BEGIN") + 200).getBytes(StandardCharsets.US_ASCII))); //$NON-NLS-1$
                list(category, source + " without its END line", write(source, //$NON-NLS-1$
                        text.substring(0, text.lastIndexOf("-----END")).getBytes(StandardCharsets.US_ASCII))); //$NON-NLS-1$
                int body = text.indexOf('\n', text.indexOf("-----BEGIN")) + 20; //$NON-NLS-1$
                list(category, source + " with a character that is not Base64", write(source, //$NON-NLS-1$
                        (text.substring(0, body) + "!" + text.substring(body + 1)).getBytes(StandardCharsets.US_ASCII))); //$NON-NLS-1$
                list(category, source + " with Base64 of a wrong length", write(source, //$NON-NLS-1$
                        (text.substring(0, body) + text.substring(body + 1)).getBytes(StandardCharsets.US_ASCII)));
            }
            list(category, "empty file", write("empty.p12", new byte[0])); //$NON-NLS-1$ //$NON-NLS-2$
            list(category, "text file", write("notes.p12", "queue manager QM1 notes\n".getBytes(StandardCharsets.US_ASCII))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            list(category, "random bytes", write("random.jks", new java.util.Random(7).ints(2048, 0, 256) //$NON-NLS-1$ //$NON-NLS-2$
                    .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { }).toByteArray()));
            list(category, "zip archive", write("archive.p12", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 })); //$NON-NLS-1$ //$NON-NLS-2$
            list(category, "CMS key database", write("key.kdb", Files.readAllBytes(FIXTURES.file("key.kdb")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            list(category, "certificate request", write("server.csr.pem", Files.readAllBytes(FIXTURES.file("server.csr")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Path huge = folder().resolve("huge.p12"); //$NON-NLS-1$
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) { //$NON-NLS-1$
                file.setLength(300L * 1024 * 1024); // sparse: no disk used
            }
            list(category, "300 MB file", huge); //$NON-NLS-1$
            Path folderInstead = folder().resolve("a-folder.p12"); //$NON-NLS-1$
            Files.createDirectories(folderInstead);
            list(category, "a folder, not a file", folderInstead); //$NON-NLS-1$
            list(category, "no such file", folder().resolve("missing.p12")); //$NON-NLS-1$ //$NON-NLS-2$
        }

        // ---- wrong and missing passwords -------------------------------------------------------------

        private void passwords() throws IOException {
            String category = "password"; //$NON-NLS-1$
            Path wrong = write("wrong.txt", "not-the-password\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
            Path empty = write("empty.txt", new byte[0]); //$NON-NLS-1$
            Path spaces = write("spaces.txt", (KeystoreFixtures.PASSWORD + "  \n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
            for (String source : List.of("openssl-default.p12", "openssl-legacy.p12", "java-default.p12", "store.jks", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "store.jceks", "bundle-encrypted.pem", "server.pfx")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Path file = write(source, Files.readAllBytes(FIXTURES.file(source)));
                for (Path passwordFile : List.of(wrong, empty, spaces)) {
                    add(category, source + " opened with " + passwordFile.getFileName(), file.getParent(), Mqsec.FAILED, //$NON-NLS-1$
                            "keystore", "list", file.toString(), "--password-file", passwordFile.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                Path copy = write(source, Files.readAllBytes(FIXTURES.file(source)));
                add(category, source + " changed with a wrong password", copy.getParent(), Mqsec.FAILED, "keystore", "rename", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        copy.toString(), "--alias", "x", "--to", "y", "--password-file", wrong.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }
            Path store = write("store.jks", Files.readAllBytes(FIXTURES.file("store.jks"))); //$NON-NLS-1$ //$NON-NLS-2$
            add(category, "password file missing", store.getParent(), Mqsec.FAILED, "keystore", "list", store.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "--password-file", store.resolveSibling("no-such-password.txt").toString()); //$NON-NLS-1$ //$NON-NLS-2$
            add(category, "password file is a folder", store.getParent(), Mqsec.FAILED, "keystore", "list", store.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "--password-file", store.getParent().toString()); //$NON-NLS-1$
            add(category, "password variable not set", store.getParent(), Mqsec.FAILED, "keystore", "list", store.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "--password-env", "MQSEC_TEST_NO_SUCH_VARIABLE"); //$NON-NLS-1$ //$NON-NLS-2$
            Path javaStore = write("client.jks", Files.readAllBytes(FIXTURES.file("store.jks"))); //$NON-NLS-1$ //$NON-NLS-2$
            add(category, "a stash asked for in a JKS password change", javaStore.getParent(), Mqsec.FAILED, "keystore", //$NON-NLS-1$ //$NON-NLS-2$
                    "passwd", javaStore.toString(), "--password-file", password, "--new-password-file", password, "--stash"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Path target = folder().resolve("new.p12"); //$NON-NLS-1$
            add(category, "new repository with an empty password", target.getParent(), Mqsec.FAILED, "keystore", "create", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    target.toString(), "--password-file", empty.toString()); //$NON-NLS-1$
        }

        // ---- hostile DNs, labels and alternative names ------------------------------------------------

        private Path repository() throws IOException {
            return write("key.p12", Files.readAllBytes(FIXTURES.file("java-default.p12"))); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private void genkey(String category, String name, String... options) throws IOException {
            Path file = repository();
            List<String> args = new ArrayList<>(List.of("keystore", "genkey", file.toString(), "--password-file", password, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "--key", "ec-p256")); //$NON-NLS-1$ //$NON-NLS-2$
            args.addAll(List.of(options));
            inputs.add(new BadInput(category, name, args, file.getParent(),
                    args.stream().anyMatch(a -> a.equals("--days") || a.equals("--usage")) && name.startsWith("usage") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            ? Mqsec.USAGE : Mqsec.FAILED));
        }

        private void hostileNamesAndLabels() throws IOException {
            String dn = "hostile DN"; //$NON-NLS-1$
            Map<String, String> dns = new TreeMap<>();
            dns.put("empty", ""); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("CN without a value", "CN="); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a line break and an MQSC command", "CN=a\nALTER QMGR CHLAUTH(DISABLED)"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a carriage return", "CN=a\rb"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a NUL character", "CN=a\u0000b"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("an escape character", "CN=a\u001bb"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a tab", "CN=a\tb"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("an attribute MQ does not know", "FOO=bar"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("an empty RDN", "CN=a,,O=b"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("an unclosed quote", "CN=\"unclosed"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("no attribute name", "=x"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("no equals sign", "CN"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a lower-case attribute", "cn=app1"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("2,000 characters", "CN=" + "a".repeat(2000)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            dns.put("a trailing comma", "CN=a,"); //$NON-NLS-1$ //$NON-NLS-2$
            dns.put("a wildcard", "CN=*"); //$NON-NLS-1$ //$NON-NLS-2$
            for (Map.Entry<String, String> entry : dns.entrySet()) {
                genkey(dn, entry.getKey(), "--alias", "new", "--dn", entry.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            String label = "hostile label"; //$NON-NLS-1$
            Map<String, String> labels = new TreeMap<>();
            labels.put("empty", ""); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("blank", "   "); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("a line break", "qm1\nrm -rf /"); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("a NUL character", "qm1\u0000"); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("a tab", "qm\t1"); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("taken in another case", "APP1"); //$NON-NLS-1$ //$NON-NLS-2$
            labels.put("a DEL character", "qm1\u007f"); //$NON-NLS-1$ //$NON-NLS-2$
            for (Map.Entry<String, String> entry : labels.entrySet()) {
                genkey(label, "genkey: " + entry.getKey(), "--alias", entry.getValue(), "--dn", "CN=ok"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Path file = repository();
                add(label, "rename to: " + entry.getKey(), file.getParent(), Mqsec.FAILED, "keystore", "rename", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        file.toString(), "--alias", "mq test ca", "--to", entry.getValue(), "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            Path file = repository();
            add(label, "rename of a label that is not there", file.getParent(), Mqsec.FAILED, "keystore", "rename", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    file.toString(), "--alias", "nobody", "--to", "x", "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            file = repository();
            add(label, "delete of a label that is not there", file.getParent(), Mqsec.FAILED, "keystore", "delete", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    file.toString(), "--alias", "nobody", "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String san = "hostile alternative name"; //$NON-NLS-1$
            for (String value : List.of("DNS:", "FOO:bar", "IP:999.1.1.1", "DNS:a b", "IP:", "DNS:a\nb", "qm1.example.com")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                genkey(san, value.replace("\n", "\\n"), "--alias", "new", "--dn", "CN=ok", "--san", value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            }
            String validity = "validity"; //$NON-NLS-1$
            genkey(validity, "zero days", "--alias", "new", "--dn", "CN=ok", "--days", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            genkey(validity, "negative days", "--alias", "new", "--dn", "CN=ok", "--days", "-5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            genkey(validity, "usage: days not a number", "--alias", "new", "--dn", "CN=ok", "--days", "ten"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            genkey(validity, "usage: days beyond an int", "--alias", "new", "--dn", "CN=ok", "--days", "99999999999"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            genkey(validity, "usage: unknown usage", "--alias", "new", "--dn", "CN=ok", "--usage", "everything"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            genkey(validity, "a signer that is not a CA", "--alias", "new", "--dn", "CN=ok", "--signer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    FIXTURES.file("store.jks").toString(), "--signer-alias", "app1", "--signer-password-file", password); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }

        // ---- MQSC values and malformed SPEC.json for mqsec tls plan ------------------------------------

        private static final String SPEC = "{\"queueManager\": \"QM1\", \"host\": \"qm1.example.com\", \"port\": 1414," //$NON-NLS-1$
                + " \"mutualTls\": true, \"clientDn\": \"CN=app1,OU=Applications,O=Example\"," //$NON-NLS-1$
                + " \"serverCipherSpec\": \"ANY_TLS12_OR_HIGHER\", \"channel\": \"APP1.SVRCONN\", \"mappedUser\": \"app1\"%s}"; //$NON-NLS-1$

        private void plan(String category, String name, String json) throws IOException {
            Path spec = write("spec.json", json.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            add(category, name, spec.getParent(), Mqsec.FAILED, "tls", "plan", spec.toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    spec.resolveSibling("out").toString(), "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private void tlsSpecs() throws IOException {
            String mqsc = "MQSC value"; //$NON-NLS-1$
            Map<String, String> fields = new TreeMap<>();
            fields.put("description with a line break and a command", ", \"description\": \"x\\nALTER QMGR CHLAUTH(DISABLED)\\n\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("description with a carriage return", ", \"description\": \"x\\ry\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("description with a NUL", ", \"description\": \"x\\u0000y\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("description of 65 characters", ", \"description\": \"" + "d".repeat(65) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put("mapped user with a line break", ", \"mappedUser\": \"app1\\nmqm\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("mapped user of 65 characters", ", \"mappedUser\": \"" + "u".repeat(65) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put("certificate label with a line break", ", \"certificateLabel\": \"qm1\\nx\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("certificate label of 65 characters", ", \"certificateLabel\": \"" + "l".repeat(65) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put("client DN with a line break", ", \"clientDn\": \"CN=app1\\nSET CHLAUTH\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("host with a line break", ", \"host\": \"qm1\\n.example.com\""); //$NON-NLS-1$ //$NON-NLS-2$
            fields.put("host of 300 characters", ", \"host\": \"" + "h".repeat(300) + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            fields.put("client label with a line break", ", \"clientLabel\": \"app1\\nx\""); //$NON-NLS-1$ //$NON-NLS-2$
            for (Map.Entry<String, String> entry : fields.entrySet()) {
                // the field given twice: Gson takes the last, so the hostile value replaces the good one
                plan(mqsc, entry.getKey(), String.format(SPEC, entry.getValue()));
            }
            plan(mqsc, "channel name of 21 characters", SPEC.replace("APP1.SVRCONN", "APP1.SVRCONN.TOO.LONG").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            plan(mqsc, "channel name with a space", SPEC.replace("APP1.SVRCONN", "APP1 SVRCONN").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            plan(mqsc, "channel name with a line break", SPEC.replace("APP1.SVRCONN", "APP1\\nSVRCONN").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            plan(mqsc, "queue manager name of 49 characters", SPEC.replace("\"QM1\"", "\"" + "Q".repeat(49) + "\"").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            plan(mqsc, "queue manager name with a quote", SPEC.replace("\"QM1\"", "\"QM1'\"").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            plan(mqsc, "port 70000", SPEC.replace("1414", "70000").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            plan(mqsc, "unknown CipherSpec", SPEC.replace("ANY_TLS12_OR_HIGHER", "NOT_A_CIPHERSPEC").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            plan(mqsc, "CipherSpec with a line break", SPEC.replace("ANY_TLS12_OR_HIGHER", "ANY_TLS12\\nX").formatted("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

            String json = "malformed SPEC.json"; //$NON-NLS-1$
            plan(json, "empty file", ""); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "an opening brace only", "{"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "an array", "[]"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "null", "null"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a number", "42"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "an unknown field", "{\"queueManager\": \"QM1\", \"colour\": \"red\"}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a port that is text", "{\"queueManager\": \"QM1\", \"port\": \"fourteen\"}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a platform that does not exist", "{\"queueManager\": \"QM1\", \"platform\": \"OS2\"}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a boolean that is a string", "{\"queueManager\": \"QM1\", \"mutualTls\": \"maybe\"}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "an object where a string belongs", "{\"queueManager\": {\"name\": \"QM1\"}}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "10,000 nested arrays", "{\"queueManager\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            plan(json, "binary garbage", new String(new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe }, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
            plan(json, "cut off in a string", "{\"queueManager\": \"QM"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a trailing comma", "{\"queueManager\": \"QM1\",}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a port of 0", "{\"queueManager\": \"QM1\", \"port\": 0}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a port that is a fraction", "{\"queueManager\": \"QM1\", \"port\": 1414.5}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a negative number", "{\"queueManager\": \"QM1\", \"maxInstances\": -1}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a number beyond an int", "{\"queueManager\": \"QM1\", \"maxInstances\": 99999999999}"); //$NON-NLS-1$ //$NON-NLS-2$
            plan(json, "a text that is a number", "{\"queueManager\": 42}"); //$NON-NLS-1$ //$NON-NLS-2$
            Path missing = folder().resolve("missing.json"); //$NON-NLS-1$
            add(json, "no such file", missing.getParent(), Mqsec.FAILED, "tls", "plan", missing.toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    missing.resolveSibling("out").toString(), "--password-file", password); //$NON-NLS-1$ //$NON-NLS-2$
        }

        // ---- CHLAUTH dumps ---------------------------------------------------------------------------

        private void chlauth(String name, String text) throws IOException {
            Path records = write("records.mqsc", text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            add("CHLAUTH dump", "lint: " + name, records.getParent(), Mqsec.FAILED, "chlauth", "lint", records.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            add("CHLAUTH dump", "runcheck: " + name, records.getParent(), Mqsec.FAILED, "chlauth", "runcheck", "--records", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    records.toString(), "--channel", "APP.SVRCONN", "--address", "192.0.2.10", "--user", "bob"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }

        private void chlauthDumps() throws IOException {
            chlauth("empty file", ""); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("binary garbage", "\u0000\u0001\u0002\u00ff"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an unclosed parenthesis", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('app"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an unknown TYPE", "SET CHLAUTH('APP.*') TYPE(EVERYONE) USERSRC(NOACCESS)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("USERSRC(MAP) without MCAUSER", "SET CHLAUTH('APP.*') TYPE(USERMAP) CLNTUSER('bob') USERSRC(MAP)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an address that is not one", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('300.1.1.1') USERSRC(NOACCESS)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an address range backwards", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('192.0.2.20-10') USERSRC(NOACCESS)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("a description of 65 characters", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) DESCR('" //$NON-NLS-1$ //$NON-NLS-2$
                    + "d".repeat(65) + "')"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("a profile of 21 characters", "SET CHLAUTH('APP.SVRCONN.TOO.LONG1') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an MCAUSER of 65 characters", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('" //$NON-NLS-1$ //$NON-NLS-2$
                    + "u".repeat(65) + "')"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("a control character in DESCR", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) DESCR('a\u0007b')"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("only DISPLAY noise", "AMQ8878I: Display channel authentication record details.\nOne MQSC command read.\n"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("a record without a TYPE", "SET CHLAUTH('APP.*') ADDRESS('*') USERSRC(NOACCESS)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("a BLOCKUSER without USERLIST", "SET CHLAUTH('APP.*') TYPE(BLOCKUSER)"); //$NON-NLS-1$ //$NON-NLS-2$
            chlauth("an unknown USERSRC", "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(SOMETIMES)"); //$NON-NLS-1$ //$NON-NLS-2$
            Path missing = folder().resolve("missing.mqsc"); //$NON-NLS-1$
            add("CHLAUTH dump", "lint: no such file", missing.getParent(), Mqsec.FAILED, "chlauth", "lint", missing.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }

        // ---- command lines ---------------------------------------------------------------------------

        private void commandLines() throws IOException {
            String category = "command line"; //$NON-NLS-1$
            String file = write("store.jks", Files.readAllBytes(FIXTURES.file("store.jks"))).toString(); //$NON-NLS-1$ //$NON-NLS-2$
            Path store = Path.of(file).getParent();
            List<List<String>> lines = List.of(List.of(), List.of("frobnicate"), List.of("keystore"), //$NON-NLS-1$ //$NON-NLS-2$
                    List.of("keystore", "list"), List.of("keystore", "list", file, file), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    List.of("keystore", "list", file, "--colour", "red"), List.of("keystore", "list", file, "--password-file"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    List.of("keystore", "list", file, "--type", "cms8"), List.of("keystore", "show", file), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    List.of("keystore", "rename", file, "--alias", "app1"), List.of("keystore", "export", file, "--alias", "app1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                            "--out", store.resolve("x.pem").toString(), "--format", "jpeg"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    List.of("keystore", "import", file), List.of("keystore", "import", file, "--certificates", "a.pem", "--from", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                            "b.p12"), //$NON-NLS-1$
                    List.of("keystore", "list", file, "--password-file", "a", "--password-env", "B"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    List.of("chlauth", "runcheck", "--records", file, "--channel", "APP.*", "--address", "1.2.3.4"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    List.of("ciphers", "--colour"), List.of("tls"), List.of("tls", "plan")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            for (List<String> line : lines) {
                add(category, line.isEmpty() ? "(nothing)" : String.join(" ", line).replace(store.toString(), "DIR"), store, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Mqsec.USAGE, line.toArray(String[]::new));
            }
        }
    }
}
