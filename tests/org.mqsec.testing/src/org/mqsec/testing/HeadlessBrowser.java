package org.mqsec.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's Chromium, headless, as the real browser HTML output is opened in: the document as the
 * browser parsed it (--dump-dom) and a screenshot. Started as the env notes say for this closed
 * network: no sandbox (tests run as root), no background networking, a fresh profile each time.
 */
public final class HeadlessBrowser {

    public static final String CHROMIUM = "/usr/bin/chromium"; //$NON-NLS-1$

    private HeadlessBrowser() {
    }

    /** The DOM Chromium built from the file, serialised. */
    public static String dumpDom(Path html) throws IOException {
        return run(html, "--dump-dom"); //$NON-NLS-1$
    }

    /** A screenshot of the page at the given window size, written to {@code png}. */
    public static void screenshot(Path html, Path png, int width, int height) throws IOException {
        Files.createDirectories(png.getParent());
        run(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IOException("Chromium wrote no screenshot to " + png); //$NON-NLS-1$
        }
    }

    private static String run(Path html, String... options) throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IOException(CHROMIUM + " is not installed: apt-get install chromium (.ci/run installs it)"); //$NON-NLS-1$
        }
        Path profile = Files.createTempDirectory("mqsec-chromium"); //$NON-NLS-1$
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "--user-data-dir=" + profile)); //$NON-NLS-1$
            command.addAll(List.of(options));
            command.add(html.toAbsolutePath().toUri().toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException("Chromium did not finish in 120 s"); //$NON-NLS-1$
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (process.exitValue() != 0) {
                throw new IOException("Chromium exited with " + process.exitValue()); //$NON-NLS-1$
            }
            return output;
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
