package org.mqsec.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Every file the workbench asks the user to choose goes through here: one description of the
 * request, shown in the platform's native file dialog.
 * <p>
 * The native dialog is GTK's own window, not an SWT one; keystrokes sent to it under Xvfb depend on
 * its remembered location mode and on focus, which differ from machine to machine. So the UI tests
 * answer the request instead, through {@link #answerWith(Answerer)}, and check what was asked for
 * (title, open or save, suggested name, filters); everything before and after the dialog is the
 * real workbench.
 */
public final class FileChoosers {

    /** What the dialog shows: its title, whether it opens or saves, a suggested name and filters. */
    public record Request(String title, boolean save, boolean multiple, String suggestedName, List<String> extensions,
            List<String> filterNames) {

        public Request {
            Objects.requireNonNull(title);
            extensions = List.copyOf(extensions);
            filterNames = List.copyOf(filterNames);
        }

        /** Choose one existing file. */
        public static Request open(String title, String... extensions) {
            return new Request(title, false, false, null, Arrays.asList(extensions), List.of());
        }

        /**
         * Choose where to write; {@code suggestedName} (may be null) is made safe for a file name.
         * An existing file is confirmed by the dialog before it is replaced.
         */
        public static Request save(String title, String suggestedName, String... extensions) {
            return new Request(title, true, false, suggestedName == null ? null : safeFileName(suggestedName),
                    Arrays.asList(extensions), List.of());
        }

        /** The same request, allowing several files to be chosen at once. */
        public Request orSeveral() {
            return new Request(title, save, true, suggestedName, extensions, filterNames);
        }

        /** The same request with names shown for the filters, in the order of the extensions. */
        public Request named(String... names) {
            return new Request(title, save, multiple, suggestedName, extensions, Arrays.asList(names));
        }
    }

    /** Answers requests in place of the native dialog: the chosen files, or none for Cancel. */
    public interface Answerer {
        List<Path> answer(Request request);
    }

    private static volatile Answerer answerer;

    private FileChoosers() {
    }

    /**
     * Answers the coming requests with {@code replacement} instead of the native dialog, or restores
     * the native dialog with null. For the UI tests only.
     */
    public static void answerWith(Answerer replacement) {
        answerer = replacement;
    }

    /** The chosen files; empty when the user cancelled. Runs on the UI thread (the dialog is modal). */
    public static List<Path> choose(Shell parent, Request request) {
        Answerer replacement = answerer;
        if (replacement != null) {
            return List.copyOf(replacement.answer(request));
        }
        int style = (request.save() ? SWT.SAVE : SWT.OPEN) | (request.multiple() ? SWT.MULTI : SWT.NONE);
        FileDialog dialog = new FileDialog(parent, style);
        dialog.setText(request.title());
        if (!request.extensions().isEmpty()) {
            dialog.setFilterExtensions(request.extensions().toArray(String[]::new));
        }
        if (!request.filterNames().isEmpty()) {
            dialog.setFilterNames(request.filterNames().toArray(String[]::new));
        }
        if (request.suggestedName() != null) {
            dialog.setFileName(request.suggestedName());
        }
        dialog.setOverwrite(request.save());
        if (dialog.open() == null) {
            return List.of();
        }
        List<Path> chosen = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            chosen.add(Path.of(dialog.getFilterPath(), name));
        }
        return chosen;
    }

    /** The one chosen file, or null when the user cancelled. */
    public static Path chooseOne(Shell parent, Request request) {
        List<Path> chosen = choose(parent, request);
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** A name with only letters, digits, dot, underscore and hyphen: labels may hold anything. */
    public static String safeFileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
