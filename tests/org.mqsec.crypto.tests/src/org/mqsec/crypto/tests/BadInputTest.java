package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.testing.KeystoreFixtures;

/** Bad files get a clear problem, a message naming the file, and advice; never a raw exception. */
class BadInputTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("truncated.p12", Problem.CORRUPT, "damaged or incomplete"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("altered.p12", Problem.CORRUPT, "integrity check"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("empty.p12", Problem.EMPTY, "is empty"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("notes.p12", Problem.UNKNOWN_FORMAT, "is not a key repository"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("truncated.jks", Problem.CORRUPT, "damaged or incomplete"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("broken.pem", Problem.CORRUPT, "PEM block 1"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("key.kdb", Problem.UNSUPPORTED_FORMAT, "CMS key database"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("no-such-file.p12", Problem.NOT_FOUND, "does not exist"), //$NON-NLS-1$ //$NON-NLS-2$
                Arguments.of("scratch", Problem.NOT_A_FILE, "is not a file")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void badFileIsExplained(String name, Problem problem, String phrase) throws Exception {
        Files.createDirectories(FIXTURES.file("scratch")); //$NON-NLS-1$
        KeyRepositoryException e = FailureAssertions.fails(FIXTURES.file(name),
                new RecordingPasswordSource(KeystoreFixtures.PASSWORD));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
        assertTrue(e.getMessage().contains(name), "the message names the file: " + e.getMessage()); //$NON-NLS-1$
        assertFalse(e.advice().isEmpty(), "advice for " + name); //$NON-NLS-1$
    }

    @ParameterizedTest
    @MethodSource("passwordProtected")
    void wrongPasswordIsToldApartFromDamage(String name) {
        RecordingPasswordSource wrong = new RecordingPasswordSource("not-the-password"); //$NON-NLS-1$
        KeyRepositoryException e = FailureAssertions.fails(FIXTURES.file(name), wrong);
        assertEquals(Problem.WRONG_PASSWORD, e.problem(), e.getMessage());
        assertTrue(wrong.accepted.isEmpty());
        KeyRepositoryException none = FailureAssertions.fails(FIXTURES.file(name), new RecordingPasswordSource());
        assertEquals(Problem.PASSWORD_REQUIRED, none.problem());
    }

    static Stream<String> passwordProtected() {
        return Stream.of("openssl-default.p12", "openssl-legacy.p12", "openssl-trust.p12", "java-default.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "java-legacy.p12", "store.jks", "store.jceks", "bundle-encrypted.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void userWhoKeepsGuessingIsStoppedAfterFiveTries() {
        RecordingPasswordSource guesses = new RecordingPasswordSource("a", "b", "c", "d", "e", "f", "g"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        KeyRepositoryException e = FailureAssertions.fails(FIXTURES.file("store.jks"), guesses); //$NON-NLS-1$
        assertEquals(Problem.WRONG_PASSWORD, e.problem());
        assertEquals(5, guesses.requests.size());
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = FIXTURES.scratch("huge").resolve("backup.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) { //$NON-NLS-1$
            file.setLength(300L * 1024 * 1024); // sparse: takes no disk space
        }
        KeyRepositoryException e = FailureAssertions.fails(huge, new RecordingPasswordSource());
        assertEquals(Problem.TOO_LARGE, e.problem());
        assertTrue(e.getMessage().contains("300 MiB"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void largeNonKeystoreFileIsRecognisedAsSuch() throws Exception {
        Path video = FIXTURES.scratch("large").resolve("holiday.mp4"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] content = new byte[40 * 1024 * 1024];
        new java.util.Random(7).nextBytes(content);
        content[0] = 0x00; // MP4 files start with a box size, not an ASN.1 SEQUENCE
        Files.write(video, content);
        assertEquals(Problem.UNKNOWN_FORMAT, FailureAssertions.fails(video, new RecordingPasswordSource()).problem());
        content[0] = 0x30; // random data that happens to start like DER
        Files.write(video, content);
        assertEquals(Problem.CORRUPT, FailureAssertions.fails(video, new RecordingPasswordSource()).problem());
    }

    @Test
    void openingNeverModifiesTheFile() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES.dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] before = digest(file);
                FileTime modified = Files.getLastModifiedTime(file);
                try {
                    new FileKeyRepositoryLocation(file).open(new RecordingPasswordSource(KeystoreFixtures.PASSWORD), null);
                } catch (KeyRepositoryException e) {
                    // bad fixtures fail; they must stay as they were all the same
                }
                assertArrayEquals(before, digest(file), file.toString());
                assertEquals(modified, Files.getLastModifiedTime(file), file.toString());
            }
        }
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)); //$NON-NLS-1$
    }
}
