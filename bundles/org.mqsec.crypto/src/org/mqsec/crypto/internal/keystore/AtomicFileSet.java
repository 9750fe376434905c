package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.crypto.internal.Messages;

/**
 * The files of one output that belong together (a TLS plan's folder: key repositories, stashes,
 * scripts), written all or none: each is staged beside its target (written, fsynced, as
 * {@link AtomicFiles} does) before any is renamed into place, so that a failure while writing (a full
 * disk, a folder where a file should go) leaves every file, and the folders, as they were. The renames
 * then follow one another; a crash can fall only between two of them. No backups are kept: a plan's
 * files are new each run. The contents, which may hold keys or a stash, are wiped once written.
 */
public final class AtomicFileSet {

    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    /** Adds a file to write; returns {@code target}. */
    public Path add(Path target, byte[] content) {
        byte[] previous = files.put(target, content);
        if (previous != null) {
            Arrays.fill(previous, (byte) 0);
        }
        return target;
    }

    /** Adds a UTF-8 text file; returns {@code target}. */
    public Path text(Path target, String content) {
        return add(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes every file added, or none; the folders they need are made, and removed again on failure. */
    public List<Path> write() throws IOException {
        List<Path> made = new ArrayList<>();
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        boolean written = false;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                makeFolders(target.getParent(), made);
                if (Files.isDirectory(target)) {
                    throw new FileSystemException(target.toString(), null, Messages.Problem_folderInTheWay);
                }
                staged.add(AtomicFiles.stage(target, file.getValue(), AtomicFiles.Options.NO_BACKUP));
            }
            AtomicFiles.commitAll(staged);
            written = true;
            return List.copyOf(files.keySet());
        } finally {
            for (AtomicFiles.Staged file : staged) {
                try {
                    file.close();
                } catch (IOException e) {
                    // a temporary file that cannot be removed now is removed by the next save beside it
                }
            }
            if (!written) {
                Collections.reverse(made);
                for (Path folder : made) {
                    try {
                        Files.deleteIfExists(folder);
                    } catch (IOException e) {
                        // not empty after all: left
                    }
                }
            }
            files.values().forEach(content -> Arrays.fill(content, (byte) 0));
            files.clear();
        }
    }

    private static void makeFolders(Path folder, List<Path> made) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        makeFolders(folder.getParent(), made);
        Files.createDirectory(folder);
        made.add(folder);
    }
}
