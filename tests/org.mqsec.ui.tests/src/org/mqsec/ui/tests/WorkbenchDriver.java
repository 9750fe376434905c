package org.mqsec.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
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
import org.mqsec.ui.internal.WidgetKeys;

/**
 * A small stand-in for SWTBot (which is not on Maven Central): finds widgets by their data key or
 * label, clicks, types real key strokes through the X server ({@code Display.post}), waits for
 * conditions and job families while the UI keeps running, and saves screenshots. Runs on the UI thread.
 */
final class WorkbenchDriver {

    private static final long TIMEOUT_MS = 60_000;
    /** US keyboard (Xvfb's default): characters typed with Shift, and the key that carries them. */
    private static final Map<Character, Character> SHIFTED = Map.ofEntries(Map.entry('!', '1'), Map.entry('@', '2'),
            Map.entry('#', '3'), Map.entry('$', '4'), Map.entry('%', '5'), Map.entry('^', '6'), Map.entry('&', '7'),
            Map.entry('*', '8'), Map.entry('(', '9'), Map.entry(')', '0'), Map.entry('_', '-'), Map.entry('+', '='),
            Map.entry(':', ';'), Map.entry('"', '\''), Map.entry('<', ','), Map.entry('>', '.'), Map.entry('?', '/'),
            Map.entry('~', '`'), Map.entry('{', '['), Map.entry('}', ']'), Map.entry('|', '\\'));

    private final Display display;
    private final String testName;
    private int step;

    WorkbenchDriver(String testName) {
        this.display = PlatformUI.getWorkbench().getDisplay();
        this.testName = testName;
        forgetScreenshots();
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
     * Answers the native (GTK) file dialog that the next click opens, as a person would: Ctrl+
     * {@code shortcut} (L opens the location field of an open dialog, A selects the name in a save
     * dialog), the full path, Return. The dialog runs its own event loop, so the keys are sent from
     * timers scheduled before it opens. If it is still open after 30 s, Escape closes it, so that
     * the test fails instead of hanging. Run the returned action once the click has returned.
     */
    Runnable answerFileDialog(char shortcut, Path file, String screenshotName) {
        boolean[] closed = { false };
        display.timerExec(2000, () -> {
            press(SWT.CTRL, 0, shortcut);
            display.timerExec(500, () -> {
                type(file.toString());
                display.timerExec(1000, () -> {
                    screenshot(screenshotName + "-path-typed"); //$NON-NLS-1$
                    press(0, SWT.CR, '\r');
                });
            });
        });
        display.timerExec(30_000, () -> {
            if (!closed[0]) {
                press(0, SWT.ESC, (char) 27);
            }
        });
        return () -> closed[0] = true;
    }

    /**
     * Answers the next dialog titled {@code title} (opened by a click that blocks until it closes):
     * types {@code texts} into its text fields in order, then presses the button labelled {@code button}.
     */
    void answerDialog(String title, String button, String... texts) {
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                Shell dialog = shell(title);
                if (dialog == null) {
                    display.timerExec(100, this);
                    return;
                }
                dialog.forceActive();
                List<org.eclipse.swt.widgets.Text> fields = new ArrayList<>();
                collect(dialog, org.eclipse.swt.widgets.Text.class, fields);
                typeInto(fields, texts, 0, () -> {
                    screenshot(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
                    click(button(dialog, button));
                });
            }
        });
    }

    /** Types each text into its field, waiting (by timer) for the keys to arrive before the next. */
    private void typeInto(List<org.eclipse.swt.widgets.Text> fields, String[] texts, int index, Runnable then) {
        if (index >= texts.length) {
            then.run();
            return;
        }
        org.eclipse.swt.widgets.Text field = fields.get(index);
        field.forceFocus();
        field.selectAll();
        type(texts[index]);
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                if (!field.getText().equals(texts[index])) {
                    display.timerExec(50, this);
                    return;
                }
                typeInto(fields, texts, index + 1, then);
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
            Path file = dir.resolve(String.format("%s-%02d-%s.png", testName, ++step, name)); //$NON-NLS-1$
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
