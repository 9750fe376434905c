package org.mqsec.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file the user named could not be read, in words rather than exception names. */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.File_missing;
        }
        if (e instanceof AccessDeniedException) {
            return Messages.File_denied;
        }
        if (Files.isDirectory(file)) {
            return Messages.File_folder;
        }
        return e.getMessage() == null ? Messages.File_unreadable : withoutExceptionNames(e.getMessage());
    }

    /** A library's message without the "java.io.EOFException: " prefixes some libraries put in front. */
    static String withoutExceptionNames(String message) {
        return message == null ? Messages.File_unreadable : message.replaceAll("(?:[a-z][\\w$]*\\.)+[A-Z]\\w*(?:Exception|Error): ", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
