package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.UnsignedClassPath;
import org.mqsec.testing.KeystoreFixtures;

/**
 * The launcher's unsigned copies of signed jars: a jar signed by the JDK's jarsigner is copied with
 * every entry byte for byte and the manifest's main section, and jarsigner then finds it unsigned;
 * unsigned jars stay where they are.
 */
class UnsignedClassPathTest {

    @Test
    void aSignedJarIsCopiedWithoutItsSignatureAndAnUnsignedOneIsKept() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("unsigned-class-path"); //$NON-NLS-1$
        Path jar = dir.resolve("library.jar"); //$NON-NLS-1$
        Files.deleteIfExists(jar);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "library"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] content = "not really a class, but bytes to keep".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream written = new JarOutputStream(out, manifest)) {
            written.putNextEntry(new JarEntry("org/example/Library.class")); //$NON-NLS-1$
            written.write(content);
            written.closeEntry();
        }
        Path plain = dir.resolve("plain.jar"); //$NON-NLS-1$
        Files.copy(jar, plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path keystore = dir.resolve("signer.p12"); //$NON-NLS-1$
        Files.deleteIfExists(keystore);
        fixtures.keytool("-genkeypair", "-alias", "signer", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Signer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String jarsigner = Path.of(System.getProperty("java.home"), "bin", "jarsigner").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        KeystoreFixtures.run(dir, List.of(jarsigner, "-keystore", keystore.toString(), "-storepass", KeystoreFixtures.PASSWORD, jar.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                "signer")); //$NON-NLS-1$
        assertTrue(UnsignedClassPath.signed(jar));
        assertFalse(UnsignedClassPath.signed(plain));

        Path cache = dir.resolve("cache"); //$NON-NLS-1$
        String classPath = UnsignedClassPath.write(cache, jar + File.pathSeparator + plain);
        Path copy = cache.resolve("library.jar"); //$NON-NLS-1$
        assertEquals(copy + File.pathSeparator + plain, classPath);
        assertEquals(classPath, Files.readString(cache.resolve("classpath"))); //$NON-NLS-1$
        assertFalse(UnsignedClassPath.signed(copy));
        String verified = KeystoreFixtures.run(dir, List.of(jarsigner, "-verify", copy.toString())); //$NON-NLS-1$
        assertTrue(verified.contains("jar is unsigned"), verified); //$NON-NLS-1$
        try (JarFile read = new JarFile(copy.toFile(), true)) {
            JarEntry entry = read.getJarEntry("org/example/Library.class"); //$NON-NLS-1$
            assertArrayEquals(content, read.getInputStream(entry).readAllBytes());
            assertEquals(null, entry.getCodeSigners());
            assertEquals("library", read.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(read.getManifest().getEntries().isEmpty(), "no per-entry digests left"); //$NON-NLS-1$
        }
    }
}
