package org.mqsec.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The {@code mqsec} launcher's class path with signed jars (Bouncy Castle's, Eclipse's) replaced by
 * copies without their signatures, made once per installation in the user's cache. A signed jar's
 * signature is checked each time a JVM opens it, its per-entry manifest (thousands of digests for
 * Bouncy Castle) is parsed, and class-data sharing never archives its classes: together about a
 * tenth of a second of every {@code mqsec} run. The copies hold the same entries, byte for byte, and
 * the manifest's main section; nothing here is trusted because it was signed (OpenJDK does not check
 * JCE provider signatures). Run by the launcher as {@code UnsignedClassPath DIR CLASSPATH}; prints
 * the class path to use and keeps it in {@code DIR/classpath}.
 */
public final class UnsignedClassPath {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private UnsignedClassPath() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UnsignedClassPath DIR CLASSPATH"); //$NON-NLS-1$
            System.exit(2);
        }
        System.out.print(write(Path.of(args[0]), args[1]));
    }

    /** Copies the signed jars of {@code classPath} into {@code dir} and returns the class path that uses them. */
    public static String write(Path dir, String classPath) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's cache keeps its own permissions
        }
        List<String> path = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            path.add(signed(jar) ? copy(jar, dir).toString() : entry);
        }
        String result = String.join(File.pathSeparator, path);
        Path file = dir.resolve("classpath"); //$NON-NLS-1$
        Path temporary = Files.createTempFile(dir, "classpath", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(temporary, result, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return result;
    }

    /** Whether the jar carries a signature file. */
    public static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                if (SIGNATURE.matcher(entries.nextElement().getName()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The jar without its signature files and with only the main section of its manifest, written atomically into {@code dir}. */
    public static Path copy(Path jar, Path dir) throws IOException {
        Path target = dir.resolve(jar.getFileName());
        Path temporary = Files.createTempFile(dir, "copy", ".jar"); //$NON-NLS-1$ //$NON-NLS-2$
        try (JarFile source = new JarFile(jar.toFile(), false); OutputStream out = Files.newOutputStream(temporary);
                JarOutputStream copy = new JarOutputStream(out)) {
            Manifest manifest = source.getManifest();
            if (manifest != null) {
                Manifest main = new Manifest();
                main.getMainAttributes().putAll(manifest.getMainAttributes());
                copy.putNextEntry(new JarEntry(JarFile.MANIFEST_NAME));
                main.write(copy);
                copy.closeEntry();
            }
            for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(name).matches()) {
                    continue;
                }
                JarEntry written = new JarEntry(name);
                written.setTime(entry.getTime());
                copy.putNextEntry(written);
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
