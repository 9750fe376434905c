package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.ValidityStatus;
import org.mqsec.testing.KeystoreFixtures;

/** Every format, as written by openssl and keytool, read into the entry table. */
class KeyRepositoryFormatsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();
    private static final Pattern KEYTOOL_ENTRY = Pattern.compile(
            "^(.+), [A-Z][a-z]{2} \\d{1,2}, \\d{4}, (PrivateKeyEntry|trustedCertEntry|SecretKeyEntry),\\s*$", Pattern.MULTILINE); //$NON-NLS-1$

    static KeyRepository open(String file) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(FIXTURES.file(file))
                .open(new RecordingPasswordSource(KeystoreFixtures.PASSWORD), new NullProgressMonitor());
    }

    private static Map<String, EntryKind> kinds(KeyRepository repository) {
        return repository.entries().stream()
                .collect(Collectors.toMap(KeyRepositoryEntry::alias, KeyRepositoryEntry::kind, (a, b) -> a, TreeMap::new));
    }

    @Test
    void opensslDefaultPkcs12ShowsTheServerIdentityWithItsVerifiedChain() throws Exception {
        KeyRepository repository = open("openssl-default.p12"); //$NON-NLS-1$
        assertEquals(KeyRepositoryFormat.PKCS12, repository.format());
        assertEquals(Map.of(KeystoreFixtures.SERVER_LABEL, EntryKind.PERSONAL), kinds(repository),
                "the CA certificate travels as the key's chain, not as an entry of its own (as keytool shows it)"); //$NON-NLS-1$
        KeyRepositoryEntry entry = repository.entries().get(0);
        assertEquals("QM1", entry.subjectCn()); //$NON-NLS-1$
        assertEquals("MQ Test CA", entry.issuerCn()); //$NON-NLS-1$
        assertEquals("EC", entry.keyAlgorithm()); //$NON-NLS-1$
        assertEquals(256, entry.keySize());
        assertEquals("SHA256withRSA", entry.signatureAlgorithm(), "signed by the RSA CA"); //$NON-NLS-1$ //$NON-NLS-2$
        List<ChainLink> chain = repository.chain(entry);
        assertEquals(2, chain.size());
        assertEquals(ChainLink.Verification.VERIFIED, chain.get(0).verification());
        assertEquals(ChainLink.Verification.SELF_SIGNED, chain.get(1).verification());
        assertTrue(repository.protection().contains("AES-256-CBC"), repository.protection()); //$NON-NLS-1$
        assertTrue(repository.protection().contains("HmacSHA256") || repository.protection().contains("SHA-256"), //$NON-NLS-1$ //$NON-NLS-2$
                repository.protection());
        assertTrue(repository.warnings().isEmpty(), repository.warnings().toString());
    }

    @Test
    void opensslLegacyPkcs12IsReadAndItsWeakProtectionFlagged() throws Exception {
        KeyRepository repository = open("openssl-legacy.p12"); //$NON-NLS-1$
        assertEquals(Map.of(KeystoreFixtures.SERVER_LABEL, EntryKind.PERSONAL), kinds(repository));
        String warnings = String.join("\n", repository.warnings()); //$NON-NLS-1$
        assertTrue(warnings.contains("RC2-40"), warnings); //$NON-NLS-1$
        assertTrue(warnings.contains("3DES"), warnings); //$NON-NLS-1$
        assertTrue(warnings.contains("SHA-1"), warnings); //$NON-NLS-1$
    }

    @ParameterizedTest
    @ValueSource(strings = { "openssl-trust.p12", "openssl-trust-legacy.p12" })
    void opensslTrustBundlesShowEveryCertificateAlthoughKeytoolShowsNone(String file) throws Exception {
        KeyRepository repository = open(file);
        assertEquals(Map.of("MQ Test CA", EntryKind.TRUSTED_CERTIFICATE, //$NON-NLS-1$
                "Expiring Partner CA", EntryKind.TRUSTED_CERTIFICATE), kinds(repository)); //$NON-NLS-1$
        assertTrue(keytoolEntries(file).isEmpty(), "keytool (the JDK KeyStore) sees no entries in " + file); //$NON-NLS-1$
    }

    @ParameterizedTest
    @ValueSource(strings = { "java-default.p12", "java-legacy.p12", "store.jks", "store.jceks",
            "openssl-default.p12", "openssl-legacy.p12", "server.pfx" })
    void entriesAgreeWithKeytool(String file) throws Exception {
        KeyRepository repository = open(file);
        Map<String, EntryKind> ours = new TreeMap<>();
        kinds(repository).forEach((alias, kind) -> ours.put(alias.toLowerCase(Locale.ROOT), kind));
        assertEquals(keytoolEntries(file), ours);
    }

    @Test
    void javaStoresHoldTheClientIdentityAndTheTrustedCa() throws Exception {
        for (String file : List.of("java-default.p12", "java-legacy.p12", "store.jks", "store.jceks")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            KeyRepository repository = open(file);
            KeyRepositoryEntry app = repository.entry("app1").orElseThrow(); //$NON-NLS-1$
            assertEquals(EntryKind.PERSONAL, app.kind(), file);
            assertEquals("RSA", app.keyAlgorithm()); //$NON-NLS-1$
            assertEquals(3072, app.keySize());
            assertEquals(EntryKind.TRUSTED_CERTIFICATE, repository.entry("mq test ca").orElseThrow().kind(), file); //$NON-NLS-1$
        }
        assertTrue(String.join(" ", open("java-legacy.p12").warnings()).contains("RC2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(open("java-default.p12").warnings().isEmpty()); //$NON-NLS-1$
        assertTrue(String.join(" ", open("store.jks").warnings()).contains("PKCS#12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void jceksSecretKeyShowsAlgorithmAndSize() throws Exception {
        KeyRepositoryEntry secret = open("store.jceks").entry("ams-secret").orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(EntryKind.SECRET_KEY, secret.kind());
        assertEquals("AES", secret.keyAlgorithm()); //$NON-NLS-1$
        assertEquals(256, secret.keySize());
        assertTrue(secret.certificate().isEmpty());
    }

    @Test
    void pemBundlePairsTheKeyWithItsCertificate() throws Exception {
        KeyRepository repository = open("bundle.pem"); //$NON-NLS-1$
        assertEquals(KeyRepositoryFormat.PEM, repository.format());
        assertEquals(Map.of("QM1", EntryKind.PERSONAL), kinds(repository)); //$NON-NLS-1$
        assertEquals(2, repository.chain(repository.entries().get(0)).size());
        assertTrue(String.join(" ", repository.warnings()).contains("without password")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void encryptedPemKeyNeedsThePassword() throws Exception {
        KeyRepository repository = open("bundle-encrypted.pem"); //$NON-NLS-1$
        assertEquals(Map.of("QM1", EntryKind.PERSONAL), kinds(repository)); //$NON-NLS-1$
        assertTrue(repository.warnings().isEmpty(), repository.warnings().toString());
        RecordingPasswordSource none = new RecordingPasswordSource();
        KeyRepositoryException e = FailureAssertions.fails(FIXTURES.file("bundle-encrypted.pem"), none); //$NON-NLS-1$
        assertEquals(KeyRepositoryException.Problem.PASSWORD_REQUIRED, e.problem());
    }

    @Test
    void certificatesAloneAreTrustedEntries() throws Exception {
        assertEquals(Map.of("QM1", EntryKind.TRUSTED_CERTIFICATE), kinds(open("server.cer"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(KeyRepositoryFormat.DER_CERTIFICATE, open("server.cer").format()); //$NON-NLS-1$
        assertEquals(Map.of("MQ Test CA", EntryKind.TRUSTED_CERTIFICATE), kinds(open("ca.crt"))); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepository p7b = open("chain.p7b"); //$NON-NLS-1$
        assertEquals(KeyRepositoryFormat.PKCS7, p7b.format());
        assertEquals(Map.of("QM1", EntryKind.TRUSTED_CERTIFICATE, "MQ Test CA", EntryKind.TRUSTED_CERTIFICATE), //$NON-NLS-1$ //$NON-NLS-2$
                kinds(p7b));
        KeyRepositoryEntry qm1 = p7b.entry("QM1").orElseThrow(); //$NON-NLS-1$
        assertEquals(ChainLink.Verification.VERIFIED, p7b.chain(qm1).get(0).verification());
        KeyRepositoryEntry alone = open("server.cer").entries().get(0); //$NON-NLS-1$
        assertEquals(ChainLink.Verification.ISSUER_MISSING, open("server.cer").chain(alone).get(0).verification()); //$NON-NLS-1$
    }

    @Test
    void formatIsDetectedFromContentNotExtension() throws Exception {
        // a PKCS#12 named .pem, and a PEM named .p12
        Path dir = FIXTURES.scratch("renamed"); //$NON-NLS-1$
        java.nio.file.Files.copy(FIXTURES.file("openssl-default.p12"), dir.resolve("looks-like.pem"), //$NON-NLS-1$ //$NON-NLS-2$
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        java.nio.file.Files.copy(FIXTURES.file("bundle.pem"), dir.resolve("looks-like.p12"), //$NON-NLS-1$ //$NON-NLS-2$
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(KeyRepositoryFormat.PKCS12, new FileKeyRepositoryLocation(dir.resolve("looks-like.pem")) //$NON-NLS-1$
                .open(new RecordingPasswordSource(KeystoreFixtures.PASSWORD), null).format());
        assertEquals(KeyRepositoryFormat.PEM, new FileKeyRepositoryLocation(dir.resolve("looks-like.p12")) //$NON-NLS-1$
                .open(new RecordingPasswordSource(), null).format());
    }

    @Test
    void expiryIsFlagged() throws Exception {
        KeyRepository bundle = open("openssl-trust.p12"); //$NON-NLS-1$
        Instant now = Instant.now();
        assertEquals(ValidityStatus.EXPIRES_SOON, bundle.entry("Expiring Partner CA").orElseThrow().validity(now)); //$NON-NLS-1$
        KeyRepositoryEntry ca = bundle.entry("MQ Test CA").orElseThrow(); //$NON-NLS-1$
        assertEquals(ValidityStatus.VALID, ca.validity(now));
        assertEquals(ValidityStatus.EXPIRED, ca.validity(now.plus(Duration.ofDays(3651))));
        assertEquals(ValidityStatus.NOT_YET_VALID, ca.validity(now.minus(Duration.ofDays(2))));
    }

    @Test
    void passwordIsClearedAndRememberedOnlyWhenRight() throws Exception {
        RecordingPasswordSource source = new RecordingPasswordSource("wrong", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        KeyRepository repository = new FileKeyRepositoryLocation(FIXTURES.file("java-default.p12")) //$NON-NLS-1$
                .open(source, new NullProgressMonitor());
        assertEquals(2, repository.entries().size());
        assertEquals(2, source.requests.size());
        assertEquals(1, source.requests.get(1).failedTries());
        assertEquals(List.of(KeystoreFixtures.PASSWORD), source.accepted);
        for (char[] handedOut : source.handedOut) {
            for (char c : handedOut) {
                assertEquals('\0', c, "password arrays are cleared after use"); //$NON-NLS-1$
            }
        }
        assertEquals(new FileKeyRepositoryLocation(FIXTURES.file("java-default.p12")).storageKey(), //$NON-NLS-1$
                source.requests.get(0).storageKey(), "passwords are remembered under the location's key"); //$NON-NLS-1$
    }

    /** keytool's own listing: alias (lower case) to entry kind. */
    static Map<String, EntryKind> keytoolEntries(String file) throws Exception {
        String output = FIXTURES.keytool("-list", "-keystore", file, "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<String, EntryKind> entries = new TreeMap<>();
        Matcher matcher = KEYTOOL_ENTRY.matcher(output);
        while (matcher.find()) {
            EntryKind kind = switch (matcher.group(2)) {
                case "PrivateKeyEntry" -> EntryKind.PERSONAL; //$NON-NLS-1$
                case "SecretKeyEntry" -> EntryKind.SECRET_KEY; //$NON-NLS-1$
                default -> EntryKind.TRUSTED_CERTIFICATE;
            };
            entries.put(matcher.group(1).toLowerCase(Locale.ROOT), kind);
        }
        return entries;
    }
}
