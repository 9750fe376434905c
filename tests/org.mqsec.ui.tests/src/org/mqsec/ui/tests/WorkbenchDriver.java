package org.mqsec.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * A small stand-in for SWTBot (which is not on Maven Central): finds widgets by their data key or
 * label, clicks, types real key strokes through the X server ({@code Display.post}), waits for
 * conditions and job families while the UI keeps running, and saves screenshots. Runs on the UI thread.
 */
final class WorkbenchDriver {

    private static final long TIMEOUT_MS = 60_000;
    /**
     * How long one test may run (five times the longest now) before the watchdog closes what blocks it. A dialog nobody answers
     * (an unexpected error, a lost key stroke) would otherwise hold the test in the dialog's event
     * loop until the build's own timeout kills the whole run without saying where it stood.
     */
    private static final long TEST_LIMIT_MS = 90_000;
    /** How long the UI thread may run no event loop at all before the run is stopped with its stack. */
    private static final long UI_THREAD_STUCK_MS = 120_000;
    /** The driver of the test that runs now; the watchdogs of earlier tests stop. */
    private static volatile WorkbenchDriver active;
    private static java.util.Timer stuckUiThreadGuard;
    /** US keyboard (Xvfb's default): characters typed with Shift, and the key that carries them. */
    private static final Map<Character, Character> SHIFTED = Map.ofEntries(Map.entry('!', '1'), Map.entry('@', '2'),
            Map.entry('#', '3'), Map.entry('$', '4'), Map.entry('%', '5'), Map.entry('^', '6'), Map.entry('&', '7'),
            Map.entry('*', '8'), Map.entry('(', '9'), Map.entry(')', '0'), Map.entry('_', '-'), Map.entry('+', '='),
            Map.entry(':', ';'), Map.entry('"', '\''), Map.entry('<', ','), Map.entry('>', '.'), Map.entry('?', '/'),
            Map.entry('~', '`'), Map.entry('{', '['), Map.entry('}', ']'), Map.entry('|', '\\'));

    private final Display display;
    private final String testName;
    private final long deadline;
    /** What went wrong outside the test's own calls (in a dialog's event loop); fails the test. */
    private final List<String> failures = new ArrayList<>();
    /** The file requests this test answered in place of the native dialog. */
    private final List<FileChoosers.Request> fileRequests = new ArrayList<>();
    private volatile long lastEventLoopTick = System.currentTimeMillis();
    private volatile boolean closed;
    private int step;

    /** The driver of one test, named after its method; the workbench window gets the keyboard. */
    WorkbenchDriver(org.junit.jupiter.api.TestInfo test) {
        if (!PlatformUI.isWorkbenchRunning()) {
            throw new AssertionError("the workbench is not running"); //$NON-NLS-1$
        }
        this.display = PlatformUI.getWorkbench().getDisplay();
        this.testName = test.getTestMethod().orElseThrow().getName();
        this.deadline = System.currentTimeMillis() + TEST_LIMIT_MS;
        forgetScreenshots();
        WorkbenchDriver previous = active;
        if (previous != null) {
            previous.closed = true;
        }
        active = this;
        FileChoosers.answerWith(this::unexpectedFileRequest);
        display.timerExec(1000, this::watch);
        guardAgainstAStuckUiThread();
        mainShell().forceActive();
    }

    /**
     * Ends the test's watchdog, closes the dialogs the test left open and fails when something went
     * wrong in a dialog's event loop (the watchdog had to step in, a field never read what was typed).
     * Call it last in the test's tear-down.
     */
    void close() {
        closed = true;
        for (Shell shell : strayShells()) {
            shell.close();
        }
        // work the test did not wait for may still open a dialog (a Job's summary): closed here, and the test fails saying so,
        // instead of the dialog's event loop blocking every test after this one
        boolean[] flushing = { true };
        Runnable closeLateDialogs = new Runnable() {
            @Override
            public void run() {
                if (!flushing[0] || display.isDisposed()) {
                    return;
                }
                for (Shell shell : strayShells()) {
                    failures.add(testName + ": the dialog '" + shell.getText() + "' opened after the test ended; wait for it in the test"); //$NON-NLS-1$ //$NON-NLS-2$
                    shell.close();
                }
                display.timerExec(200, this);
            }
        };
        display.timerExec(200, closeLateDialogs);
        try {
            flush();
        } finally {
            flushing[0] = false;
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures)); //$NON-NLS-1$
        }
    }

    /**
     * Runs from a timer every second, also inside the event loops of modal and native dialogs. Past
     * the test's limit it reports what is open and where the test stands, and closes the dialogs one by
     * one (Escape for a native file dialog, which is no SWT shell) until the blocked call returns.
     */
    private void watch() {
        if (closed || display.isDisposed()) {
            return;
        }
        lastEventLoopTick = System.currentTimeMillis();
        if (lastEventLoopTick > deadline) {
            rescue();
        }
        display.timerExec(failures.isEmpty() ? 1000 : 3000, this::watch);
    }

    private void rescue() {
        StringBuilder report = new StringBuilder();
        report.append(testName).append(" ran past ").append(TEST_LIMIT_MS / 1000).append(" s; the watchdog closes what is open:"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Shell> strays = strayShells();
        for (Shell shell : strays) {
            report.append("\n  dialog '").append(shell.getText()).append("' showing: ").append(texts(shell)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (strays.isEmpty()) {
            report.append("\n  no SWT dialog: Escape for a native one"); //$NON-NLS-1$
        }
        report.append("\n  the UI thread is at:"); //$NON-NLS-1$
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            if (frame.getClassName().startsWith("org.mqsec.")) { //$NON-NLS-1$
                report.append("\n    ").append(frame); //$NON-NLS-1$
            }
        }
        System.err.println(report);
        failures.add(report.toString());
        screenshot("watchdog"); //$NON-NLS-1$
        if (strays.isEmpty()) {
            press(0, SWT.ESC, (char) 27);
        } else {
            strays.get(strays.size() - 1).close();
        }
    }

    /** Visible shells other than the workbench windows: the dialogs and wizards that are open. */
    private List<Shell> strayShells() {
        List<Shell> windows = new ArrayList<>();
        for (org.eclipse.ui.IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            windows.add(window.getShell());
        }
        List<Shell> strays = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && !windows.contains(shell)) {
                strays.add(shell);
            }
        }
        return strays;
    }

    /** The texts a dialog shows (labels, fields, tables), so that a report says what the dialog said. */
    private static List<String> texts(Composite root) {
        List<String> texts = new ArrayList<>();
        for (Control child : root.getChildren()) {
            String text = child instanceof org.eclipse.swt.widgets.Label label ? label.getText()
                    : child instanceof org.eclipse.swt.widgets.Text field ? field.getText()
                    : child instanceof org.eclipse.swt.widgets.Link link ? link.getText() : ""; //$NON-NLS-1$
            if (!text.isBlank()) {
                texts.add(text);
            }
            if (child instanceof org.eclipse.swt.widgets.Table table) {
                for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                    texts.add(item.getText());
                }
            }
            if (child instanceof Composite composite) {
                texts.addAll(texts(composite));
            }
        }
        return texts;
    }

    /**
     * When the UI thread runs no event loop at all for two minutes (blocked outside SWT, where no timer
     * can help), prints its stack and stops the test run, so that the build fails at once saying where.
     */
    private static synchronized void guardAgainstAStuckUiThread() {
        if (stuckUiThreadGuard != null) {
            return;
        }
        Thread uiThread = Thread.currentThread();
        stuckUiThreadGuard = new java.util.Timer("UI test watchdog", true); //$NON-NLS-1$
        stuckUiThreadGuard.schedule(new java.util.TimerTask() {
            @Override
            public void run() {
                WorkbenchDriver driver = active;
                if (driver != null && !driver.closed && System.currentTimeMillis() - driver.lastEventLoopTick > UI_THREAD_STUCK_MS) {
                    StringBuilder report = new StringBuilder(driver.testName).append(": the UI thread ran no event loop for ") //$NON-NLS-1$
                            .append(UI_THREAD_STUCK_MS / 1000).append(" s; the test run stops. It is at:"); //$NON-NLS-1$
                    // the frames up to the test method: what the build log's tail must show
                    java.util.Arrays.stream(uiThread.getStackTrace()).limit(30).forEach(frame -> report.append("\n    ").append(frame)); //$NON-NLS-1$
                    System.err.println(report);
                    System.err.flush();
                    Runtime.getRuntime().halt(3);
                }
            }
        }, 5000, 5000);
    }

    /**
     * Deletes this test's screenshots from earlier runs (target/ is not cleaned between local builds),
     * so that every picture under its name shows the current run.
     */
    private void forgetScreenshots() {
        java.util.regex.Pattern mine = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(testName) + "-\\d{2}-.*\\.png"); //$NON-NLS-1$
        try {
            Path dir = KeystoreFixtures.outputDir().resolve("screenshots"); //$NON-NLS-1$
            if (!Files.isDirectory(dir)) {
                return;
            }
            List<Path> files;
            try (java.util.stream.Stream<Path> listed = Files.list(dir)) {
                files = listed.toList();
            }
            for (Path file : files) {
                if (mine.matcher(file.getFileName().toString()).matches()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("old screenshots of " + testName, e); //$NON-NLS-1$
        }
    }

    Display display() {
        return display;
    }

    Shell mainShell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Closes these views in the active page, those that are open. */
    static void hideViews(String... ids) {
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String id : ids) {
            org.eclipse.ui.IViewPart view = page.findView(id);
            if (view != null) {
                page.hideView(view);
            }
        }
    }

    /** The codes of the findings a FindingsList shows, in its order (each item carries its finding). */
    static List<String> findingCodes(org.eclipse.swt.widgets.Table findings) {
        List<String> codes = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : findings.getItems()) {
            codes.add(((org.mqsec.core.findings.Finding) item.getData()).code());
        }
        return codes;
    }

    /** The widget named {@code key} below {@code root}, or null. */
    static <T extends Widget> T find(Composite root, String key, Class<T> type) {
        for (Control child : root.getChildren()) {
            if (key.equals(child.getData(WidgetKeys.KEY)) && type.isInstance(child) && !child.isDisposed()) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, key, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Like {@link #find} but fails with a clear message when the widget is not there. */
    static <T extends Widget> T get(Composite root, String key, Class<T> type) {
        T found = find(root, key, type);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " named '" + key + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return found;
    }

    /** A shell of this display with the given title, or null. */
    Shell shell(String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Runs the event loop until the condition holds; fails naming what was awaited. */
    void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (!failures.isEmpty()) {
                throw new AssertionError("while waiting for " + what + ": " + failures.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (System.currentTimeMillis() > end) {
                screenshot("timeout"); //$NON-NLS-1$
                throw new AssertionError("timed out waiting for " + what); //$NON-NLS-1$
            }
            // wake up at least every 20 ms even when no event arrives
            display.timerExec(20, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    <T> T waitFor(Supplier<T> finder, String what) {
        Object[] found = new Object[1];
        waitUntil(() -> (found[0] = finder.get()) != null, what);
        @SuppressWarnings("unchecked")
        T result = (T) found[0];
        return result;
    }

    void waitForJobs(Object family) {
        waitUntil(() -> Job.getJobManager().find(family).length == 0, "jobs of " + family); //$NON-NLS-1$
        flush();
    }

    /** Lets the X server deliver expose events and the widgets paint them, so a capture shows what is there. */
    void settle() {
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            display.timerExec(20, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed()) {
                shell.update();
            }
        }
        display.update();
        flush();
    }

    void flush() {
        while (display.readAndDispatch()) {
            // run what is pending
        }
    }

    /** Fires Selection the way SWT does for a click; the widget may be disposed by its own listener. */
    void click(Widget widget) {
        Event event = new Event();
        event.widget = widget;
        event.display = display;
        widget.notifyListeners(SWT.Selection, event);
        flush();
    }

    /** The menu item under the shell's menu bar at the given labels (mnemonics and accelerators ignored). */
    MenuItem menuItem(Shell shell, String... labels) {
        Menu menu = shell.getMenuBar();
        MenuItem item = null;
        for (String label : labels) {
            // menus are filled when they are about to show: let the workbench contribute their items
            menu.notifyListeners(SWT.Show, new Event());
            flush();
            item = null;
            for (MenuItem candidate : menu.getItems()) {
                String text = candidate.getText().replace("&", ""); //$NON-NLS-1$ //$NON-NLS-2$
                int tab = text.indexOf('\t');
                if ((tab >= 0 ? text.substring(0, tab) : text).equals(label)) {
                    item = candidate;
                }
            }
            if (item == null) {
                throw new AssertionError("no menu item '" + label + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            menu.notifyListeners(SWT.Hide, new Event());
            menu = item.getMenu();
        }
        return item;
    }

    /**
     * Answers the next file request (see {@link FileChoosers}) with {@code file}, as a person would in
     * the open dialog titled {@code title}. GTK's native dialog is not driven: its keyboard handling
     * differs between machines (remembered location mode, focus without a window manager). The
     * request must come next, with that title and for opening; otherwise it is cancelled and the test
     * fails. Run the returned check once the click has returned: it fails unless the request came.
     */
    Runnable answerOpenDialog(String title, Path file) {
        return answerFileRequest(title, false, file);
    }

    /** As {@link #answerOpenDialog}, for a save dialog: the file is where the workbench writes. */
    Runnable answerSaveDialog(String title, Path file) {
        return answerFileRequest(title, true, file);
    }

    /** The file requests answered so far in this test, in order. */
    List<FileChoosers.Request> fileRequests() {
        return List.copyOf(fileRequests);
    }

    private Runnable answerFileRequest(String title, boolean save, Path file) {
        int before = fileRequests.size();
        String kind = save ? "save" : "open"; //$NON-NLS-1$ //$NON-NLS-2$
        FileChoosers.answerWith(request -> {
            FileChoosers.answerWith(this::unexpectedFileRequest);
            fileRequests.add(request);
            if (!request.title().equals(title) || request.save() != save) {
                failures.add("expected the " + kind + " dialog '" + title + "', the workbench asked for the " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (request.save() ? "save" : "open") + " dialog '" + request.title() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                return List.of();
            }
            return List.of(file);
        });
        return () -> {
            if (fileRequests.size() == before) {
                FileChoosers.answerWith(this::unexpectedFileRequest);
                throw new AssertionError("the workbench did not ask for the " + kind + " dialog '" + title + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        };
    }

    /** A file request no test step expects: cancelled, and the test fails. */
    private List<Path> unexpectedFileRequest(FileChoosers.Request request) {
        failures.add("unexpected file dialog '" + request.title() + "' (cancelled)"); //$NON-NLS-1$ //$NON-NLS-2$
        return List.of();
    }

    /**
     * Runs {@code steps} on the dialog titled {@code title} once it is open, from a timer inside its
     * event loop (dialogs here open after a Job, so the timer waits for the shell); the returned check
     * waits until the steps ran and rethrows their failure.
     */
    Runnable whenOpen(String title, Consumer<WizardDialogPage> steps) {
        List<Throwable> failures = new ArrayList<>();
        boolean[] ran = { false };
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (closed) {
                return;
            }
            Shell open = shell(title);
            if (open == null) {
                display.timerExec(100, poll[0]);
                return;
            }
            try {
                steps.accept(new WizardDialogPage(this, title));
            } catch (Throwable t) {
                failures.add(t);
                if (!open.isDisposed()) {
                    open.close();
                }
            }
            ran[0] = true;
        };
        display.timerExec(100, poll[0]);
        return () -> {
            waitUntil(() -> ran[0], "the dialog " + title); //$NON-NLS-1$
            if (!failures.isEmpty()) {
                throw new AssertionError("in the dialog " + title, failures.get(0)); //$NON-NLS-1$
            }
        };
    }

    /**
     * Answers the next dialog titled {@code title} (opened by a click that blocks until it closes):
     * types {@code texts} into its text fields in order, then presses the button labelled {@code button}.
     */
    void answerDialog(String title, String button, String... texts) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                if (closed) {
                    return;
                }
                Shell dialog = shell(title);
                if (dialog == null) {
                    display.timerExec(100, this);
                    return;
                }
                whenActive(dialog, () -> {
                    List<org.eclipse.swt.widgets.Text> fields = new ArrayList<>();
                    collect(dialog, org.eclipse.swt.widgets.Text.class, fields);
                    typeInto(fields, texts, 0, () -> {
                        screenshot(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                        click(button(dialog, button));
                    });
                });
            }
        });
    }

    /**
     * Activates the dialog and, once the X server has given it the keyboard (key strokes sent before
     * would land in the window that had it), runs {@code then}; from timers, so it works inside the
     * dialog's event loop. A dialog that never becomes active fails the test and is closed.
     */
    void whenActive(Shell dialog, Runnable then) {
        dialog.forceActive();
        whenInDialog(dialog, () -> display.getActiveShell() == dialog, dialog::forceActive, "it never became active", then); //$NON-NLS-1$
    }

    /**
     * Types each text into its field, waiting (by timer) for the keys to arrive before the next, then
     * runs {@code then}. A field that never reads what was typed fails the test and closes its dialog.
     */
    void typeInto(List<org.eclipse.swt.widgets.Text> fields, String[] texts, int index, Runnable then) {
        if (index >= texts.length) {
            then.run();
            return;
        }
        org.eclipse.swt.widgets.Text field = fields.get(index);
        field.forceFocus();
        field.selectAll();
        type(texts[index]);
        whenInDialog(field.getShell(), () -> field.getText().equals(texts[index]), () -> { },
                "its field " + (index + 1) + " never read what was typed", () -> typeInto(fields, texts, index + 1, then)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * From timers, so inside the dialog's event loop too: runs {@code then} once {@code done} holds,
     * {@code meanwhile} at each wait; after {@link #TIMEOUT_MS} fails the test and closes the dialog.
     */
    private void whenInDialog(Shell dialog, BooleanSupplier done, Runnable meanwhile, String failure, Runnable then) {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                if (dialog.isDisposed() || closed) {
                    return;
                }
                if (done.getAsBoolean()) {
                    then.run();
                } else if (System.currentTimeMillis() > end) {
                    screenshot("dialog-timeout"); //$NON-NLS-1$
                    failures.add("the dialog '" + dialog.getText() + "': " + failure + "; it is closed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    dialog.close();
                } else {
                    meanwhile.run();
                    display.timerExec(50, this);
                }
            }
        });
    }

    private static <T extends Control> void collect(Composite root, Class<T> type, List<T> into) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                into.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, into);
            }
        }
    }

    /** The push button with this label (mnemonic ampersands ignored). */
    static org.eclipse.swt.widgets.Button button(Composite root, String label) {
        for (Control child : root.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(label)) { //$NON-NLS-1$ //$NON-NLS-2$
                return button;
            }
            if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Real key strokes for text, through the X server, into whatever has the keyboard focus. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.containsKey(c);
            char key = Character.isUpperCase(c) ? Character.toLowerCase(c) : SHIFTED.getOrDefault(c, c);
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            post(SWT.KeyDown, 0, key);
            post(SWT.KeyUp, 0, key);
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, '\0');
            }
        }
    }

    /** A key combination such as Ctrl+L or Return. */
    void press(int modifier, int keyCode, char character) {
        if (modifier != 0) {
            post(SWT.KeyDown, modifier, '\0');
        }
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
        if (modifier != 0) {
            post(SWT.KeyUp, modifier, '\0');
        }
    }

    private void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new AssertionError("the X server did not take the key event for '" + character + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Saves the whole screen (dialogs included) as target/screenshots/<test>-<NN>-<step>.png. */
    Path screenshot(String name) {
        try {
            Path dir = KeystoreFixtures.outputDir().resolve("screenshots"); //$NON-NLS-1$
            Files.createDirectories(dir);
            Path file = dir.resolve(String.format("%s-%02d-%s.png", testName, ++step, name.replaceAll("[^A-Za-z0-9._-]", "-"))); //$NON-NLS-1$
            settle();
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
            return file;
        } catch (IOException e) {
            throw new AssertionError("screenshot " + name, e); //$NON-NLS-1$
        }
    }
}
