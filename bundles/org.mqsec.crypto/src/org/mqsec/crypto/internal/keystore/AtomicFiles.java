package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.FileStamp;

/**
 * The one way this product replaces a file, made for a queue manager's key repositories:
 * <ul>
 * <li>the new content goes to a temporary file beside the target, readable by the owner only while
 * it is written, and is fsynced;</li>
 * <li>it then gets the original's owner, group, mode and ACL, so that a {@code mqm:mqm 0640}
 * {@code key.p12} saved by root is still readable by the queue manager after {@code REFRESH
 * SECURITY}; when the owner cannot be kept (not root, not the owner) the save is refused rather
 * than handing the queue manager a file it cannot read;</li>
 * <li>a symbolic link is written through: its target is replaced, the link stays;</li>
 * <li>with {@link Options#expected()}, the save is refused when the file no longer holds what was
 * read;</li>
 * <li>with {@link Options#backup()}, the previous file becomes {@code <name>.bak} (a hard link to
 * the old content, so it keeps every attribute);</li>
 * <li>the rename into place is atomic and the folder is fsynced before and after it, so after a
 * crash the file is the old or the new version, never a mixture.</li>
 * </ul>
 * If anything fails, the target is as it was.
 */
public final class AtomicFiles {

    /**
     * @param backup   keep the previous file as {@code <name>.bak}; never for stash files or anything
     *                 else whose old content is a secret the user is replacing
     * @param expected what the file held when it was read, or null to replace whatever is there
     */
    public record Options(boolean backup, FileStamp expected) {
        /** Keeps a backup, checks nothing: exports and generated text. */
        public static final Options BACKUP = new Options(true, null);
        /** No backup, checks nothing. */
        public static final Options NO_BACKUP = new Options(false, null);

        public Options expecting(FileStamp stamp) {
            return new Options(backup, stamp);
        }
    }

    /** The file changed on disk since it was read; nothing was written. */
    public static final class ChangedOnDisk extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedOnDisk(Path file) {
            super(Messages.bind(Messages.Problem_changedOnDisk, file));
        }
    }

    /** The file's owner or group cannot be given to the new version; nothing was written. */
    public static final class OwnershipNotKept extends IOException {
        private static final long serialVersionUID = 1L;

        OwnershipNotKept(Path file, PosixFileAttributes original, FileSystemException cause) {
            super(Messages.bind(Messages.Problem_ownershipNotKept, new Object[] { file, original.owner().getName(),
                    original.group().getName() }), cause);
        }
    }

    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** Replaces the file, keeping the previous one as {@code .bak}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Options.BACKUP);
    }

    /** Writes a settings file as {@link #write(Path, byte[])} does, making its folder first if there is none. */
    public static void writeMakingFolder(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        write(target, content);
    }

    public static void write(Path target, byte[] content, Options options) throws IOException {
        try (Staged staged = stage(target, content, options)) {
            staged.commit();
        }
    }

    /**
     * A new version written, fsynced and given the file's owner, group, mode and ACL beside the
     * file, not yet renamed into place: {@link #commit()} does that; closing without committing
     * removes it. Two files that must change together (a repository and its stash) are staged first
     * and committed back to back, so that a crash can fall only between two renames.
     */
    public static final class Staged implements AutoCloseable {
        private final Path real;
        private final Path temp;
        private final Options options;
        private boolean committed;

        private Staged(Path real, Path temp, Options options) {
            this.real = real;
            this.temp = temp;
            this.options = options;
        }

        /** Renames the new version into place (refusing a change made on disk meanwhile) and fsyncs the folder. */
        public void commit() throws IOException {
            commitTogether(this, null);
        }

        /** Whether the new version is in place. */
        public boolean committed() {
            return committed;
        }

        private void rename() throws IOException {
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Puts two staged files in place with nothing between their renames: both are checked for changes
     * on disk and their folders fsynced first, then renamed one after the other, then the folders
     * fsynced. A crash can leave the second file behind the first only between the two renames.
     *
     * @param second may be null
     */
    public static void commitTogether(Staged first, Staged second) throws IOException {
        commitAll(second == null ? List.of(first) : List.of(first, second));
    }

    /**
     * Puts staged files in place with nothing between their renames, as {@link #commitTogether} does
     * for two: every one checked for changes on disk and its folder fsynced, then all renamed, then the
     * folders fsynced.
     */
    public static void commitAll(List<Staged> files) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Staged file : files) {
            checkUnchanged(file.real, file.options);
            folders.add(file.real.getParent());
        }
        folders.forEach(AtomicFiles::syncFolder);
        for (Staged file : files) {
            file.rename();
        }
        folders.forEach(AtomicFiles::syncFolder);
    }

    /** Writes the new version of {@code target} beside it, ready for {@link Staged#commit()}. */
    public static Staged stage(Path target, byte[] content, Options options) throws IOException {
        Path real = followLinks(target.toAbsolutePath());
        Path folder = real.getParent();
        boolean existing = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
        checkUnchanged(real, options);
        PosixFileAttributes original = existing ? posixAttributes(real) : null;
        removeLeftovers(real);
        Path temp = Files.createTempFile(folder, temporaryPrefix(real), ".tmp"); //$NON-NLS-1$
        boolean staged = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (existing) {
                keepAttributes(real, temp, original);
            }
            if (options.backup() && existing) {
                replaceBackup(real);
            }
            staged = true;
            return new Staged(real, temp, options);
        } finally {
            if (!staged) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** {@code key.p12} -> {@code key.p12.bak}, beside the real file when {@code file} is a link. */
    public static Path backupOf(Path file) throws IOException {
        Path real = followLinks(file.toAbsolutePath());
        return real.resolveSibling(real.getFileName() + ".bak"); //$NON-NLS-1$
    }

    /**
     * Where writing {@code path} really goes: through any chain of symbolic links, dangling ones
     * included (the link's target is created).
     */
    public static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, Messages.Problem_linkLoop);
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        Path parent = current.getParent();
        // a link among the folders is harmless (the rename stays in the real folder), but resolve it so
        // that the temporary file and the target are certainly in one folder
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(current.getFileName()) : current;
    }

    private static void checkUnchanged(Path real, Options options) throws IOException {
        if (options.expected() != null && !options.expected().matches(real)) {
            throw new ChangedOnDisk(real);
        }
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        return view == null ? null : view.readAttributes();
    }

    /** Owner and group first (a chown may clear mode bits), then the mode, then any ACL. */
    private static void keepAttributes(Path real, Path temp, PosixFileAttributes original) throws IOException {
        if (original != null) {
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            PosixFileAttributes now = view.readAttributes();
            try {
                if (!now.owner().equals(original.owner())) {
                    view.setOwner(original.owner());
                }
                if (!now.group().equals(original.group())) {
                    view.setGroup(original.group());
                }
            } catch (FileSystemException e) {
                throw new OwnershipNotKept(real, original, e);
            }
            view.setPermissions(original.permissions());
        }
        AclFileAttributeView acl = Files.getFileAttributeView(real, AclFileAttributeView.class);
        if (acl != null) {
            Files.getFileAttributeView(temp, AclFileAttributeView.class).setAcl(acl.getAcl());
        } else if (original != null) {
            copyPosixAcl(real, temp);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Linux keeps POSIX ACLs in an extended attribute that Java cannot reach; {@code getfacl} and
     * {@code setfacl} (Debian's {@code acl} package) can. A file with no ACL beyond its mode gives
     * no output, and then nothing is run. Without those tools, a file that has an ACL cannot be
     * told from one that has none, so it is written with its mode only.
     */
    private static void copyPosixAcl(Path real, Path temp) throws IOException {
        byte[] acl;
        try {
            acl = run(new ProcessBuilder("getfacl", "--absolute-names", "--skip-base", "--", real.toString()), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } catch (ToolMissing e) {
            return;
        }
        if (acl.length > 0) {
            try {
                run(new ProcessBuilder("setfacl", "--set-file=-", "--", temp.toString()), acl); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } catch (ToolMissing e) {
                throw new IOException(Messages.bind(Messages.Problem_aclNotKept, real), e);
            }
        }
    }

    private static final class ToolMissing extends Exception {
        private static final long serialVersionUID = 1L;

        ToolMissing(IOException cause) {
            super(cause);
        }
    }

    private static byte[] run(ProcessBuilder command, byte[] input) throws IOException, ToolMissing {
        Process process;
        try {
            process = command.redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ToolMissing(e);
        }
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream output = process.getInputStream()) {
            output.transferTo(out);
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(command.command().get(0) + ": " + out.toString().trim()); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
        return out.toByteArray();
    }

    /** {@code .key.p12.<pid>.}: temporary files name the process that writes them. */
    private static String temporaryPrefix(Path real) {
        return "." + real.getFileName() + "." + ProcessHandle.current().pid() + "."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Removes the temporary files that a save killed half-way (kill -9, a power cut) left beside the
     * file: they hold a copy of the repository, keys included. Only those of processes that no longer
     * run are removed; a save running now in another process keeps its own.
     */
    private static void removeLeftovers(Path real) {
        String prefix = "." + real.getFileName() + "."; //$NON-NLS-1$ //$NON-NLS-2$
        try (var leftovers = Files.newDirectoryStream(real.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp"); //$NON-NLS-1$
        })) {
            for (Path leftover : leftovers) {
                String name = leftover.getFileName().toString();
                String pid = name.substring(prefix.length()).split("\\.")[0]; //$NON-NLS-1$
                if (pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) { //$NON-NLS-1$
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover that cannot be removed does not stop the save
        }
    }

    /**
     * The old file becomes {@code .bak} under a second name (a hard link: the same inode, so owner,
     * mode and ACL come along) that is renamed into place; a file system without hard links gets a
     * copy. Either way {@code .bak} is never half-written.
     */
    private static void replaceBackup(Path real) throws IOException {
        Path backup = real.resolveSibling(real.getFileName() + ".bak"); //$NON-NLS-1$
        Path staged = real.resolveSibling(temporaryPrefix(real) + "bak." + System.nanoTime() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try {
                Files.createLink(staged, real);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(real, staged, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(staged, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** Makes the folder's entries (the temporary file, then the rename) durable; not possible on Windows. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // folders cannot be opened for fsync on every platform; the file itself was fsynced
        }
    }
}
