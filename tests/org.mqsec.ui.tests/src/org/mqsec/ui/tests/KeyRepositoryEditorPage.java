package org.mqsec.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditor;

/** The key repository editor as a test sees it: its widgets by name and what they show. */
final class KeyRepositoryEditorPage {

    private final WorkbenchDriver driver;
    private final KeyRepositoryEditor editor;
    private final Composite root;

    KeyRepositoryEditorPage(WorkbenchDriver driver, IEditorPart part) {
        this.driver = driver;
        this.editor = (KeyRepositoryEditor) part;
        this.root = editor.control();
    }

    KeyRepositoryEditor editor() {
        return editor;
    }

    private <T extends org.eclipse.swt.widgets.Widget> T widget(String name, Class<T> type) {
        // pages of the editor that are not on top hold widgets with the same names: take the visible one
        List<T> all = new ArrayList<>();
        collect(root, name, type, all);
        for (T candidate : all) {
            if (candidate instanceof org.eclipse.swt.widgets.Control control && control.isVisible()) {
                return candidate;
            }
        }
        throw new AssertionError("no visible " + name); //$NON-NLS-1$
    }

    private static <T extends org.eclipse.swt.widgets.Widget> void collect(Composite parent, String name, Class<T> type,
            List<T> into) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (name.equals(child.getData(org.mqsec.ui.internal.WidgetKeys.KEY)) && type.isInstance(child)) {
                into.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, name, type, into);
            }
        }
    }

    /** Waits until the repository is shown or the editor says why it cannot be. */
    void waitUntilLoaded() {
        driver.waitUntil(() -> editor.repository() != null || isVisible("keystore.error.message"), //$NON-NLS-1$
                "the editor to finish loading " + editor.getPartName()); //$NON-NLS-1$
        driver.flush();
    }

    private boolean isVisible(String name) {
        List<Label> labels = new ArrayList<>();
        collect(root, name, Label.class, labels);
        return labels.stream().anyMatch(l -> l.isVisible() && !l.getText().isEmpty());
    }

    Table table() {
        return widget("keystore.table", Table.class); //$NON-NLS-1$
    }

    String summary() {
        return widget("keystore.summary", Label.class).getText(); //$NON-NLS-1$
    }

    String errorMessage() {
        return widget("keystore.error.message", Label.class).getText(); //$NON-NLS-1$
    }

    String errorAdvice() {
        return widget("keystore.error.advice", Label.class).getText(); //$NON-NLS-1$
    }

    Button retry() {
        return widget("keystore.error.retry", Button.class); //$NON-NLS-1$
    }

    int rowCount() {
        return table().getItemCount();
    }

    /** Text of a cell; reading a virtual row makes the table fill it, as scrolling to it would. */
    String cell(int row, String header) {
        Table table = table();
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (table.getColumn(column).getText().equals(header)) {
                return table.getItem(row).getText(column);
            }
        }
        throw new AssertionError("no column " + header); //$NON-NLS-1$
    }

    Color rowBackground(int row) {
        TableItem item = table().getItem(row);
        item.getText(); // materialise the virtual row
        return item.getBackground(0);
    }

    /** Selects a row the way a click does. */
    void select(int row) {
        Table table = table();
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
        driver.flush();
    }

    /** Types into the filter field with real key strokes. */
    void filter(String text) {
        Text filter = widget("keystore.filter", Text.class); //$NON-NLS-1$
        filter.getShell().forceActive();
        filter.forceFocus();
        filter.setText(""); //$NON-NLS-1$
        driver.type(text);
        driver.waitUntil(() -> filter.getText().equals(text), "the filter to read '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void sortBy(String header) {
        Table table = table();
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (table.getColumn(column).getText().equals(header)) {
                driver.click(table.getColumn(column));
                return;
            }
        }
        throw new AssertionError("no column " + header); //$NON-NLS-1$
    }

    /** The Details tab as field -> value. */
    String detail(String field) {
        Table details = widget("keystore.details", Table.class); //$NON-NLS-1$
        for (TableItem item : details.getItems()) {
            if (item.getText(0).equals(field)) {
                return item.getText(1);
            }
        }
        throw new AssertionError("no detail " + field); //$NON-NLS-1$
    }

    /** The Chain tab rows as "subject | verification". */
    List<String> chain() {
        List<String> rows = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        collect(root, "keystore.chain", Table.class, tables); //$NON-NLS-1$
        for (TableItem item : tables.get(0).getItems()) {
            rows.add(item.getText(1) + " | " + item.getText(2)); //$NON-NLS-1$
        }
        return rows;
    }

    /** The Commands tab: the equivalent commands of this editor's changes. */
    String commands() {
        List<Text> texts = new ArrayList<>();
        collect(root, "keystore.commands", Text.class, texts); //$NON-NLS-1$
        return texts.get(0).getText();
    }

    String pem() {
        List<Text> texts = new ArrayList<>();
        collect(root, "keystore.pem", Text.class, texts); //$NON-NLS-1$
        return texts.get(0).getText();
    }

    /** Row index of the entry with this label, or -1. */
    int rowOf(String label) {
        for (int row = 0; row < rowCount(); row++) {
            if (cell(row, "Label").equals(label)) { //$NON-NLS-1$
                return row;
            }
        }
        return -1;
    }

    /** Chooses an item of the table's context menu, as a right-click and a click on the item do. */
    void contextMenu(String label) {
        org.eclipse.swt.widgets.Menu menu = table().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        driver.flush();
        for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(label)) { //$NON-NLS-1$ //$NON-NLS-2$
                if (!item.isEnabled()) {
                    throw new AssertionError(label + " is disabled"); //$NON-NLS-1$
                }
                driver.click(item);
                menu.notifyListeners(SWT.Hide, new Event());
                return;
            }
        }
        throw new AssertionError("no context menu item " + label); //$NON-NLS-1$
    }

    void click(String buttonName) {
        driver.click(widget(buttonName, Button.class));
    }
}
