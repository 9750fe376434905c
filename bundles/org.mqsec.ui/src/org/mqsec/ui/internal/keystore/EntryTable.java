package org.mqsec.ui.internal.keystore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.ValidityStatus;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * The sortable, filterable entry table. It is virtual: only visible rows get widgets, so a
 * 10,000-entry repository shows at once. Sorting and filtering work on the model array.
 */
final class EntryTable {

    private static final int[] WIDTHS = { 180, 200, 160, 160, 80, 130, 165, 165, 420 };
    private static final int STATUS_WIDTH = 150;

    private final TableViewer viewer;
    private final Text filter;
    private final Color expired;
    private final Color expiresSoon;
    private final Color notYetValid;
    private List<KeyRepositoryEntry> all = List.of();
    private KeyRepositoryEntry[] shown = new KeyRepositoryEntry[0];
    private Comparator<KeyRepositoryEntry> order;
    private Instant now = Instant.now();

    EntryTable(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(composite);
        filter = WidgetKeys.name(new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "keystore.filter"); //$NON-NLS-1$
        filter.setMessage(Messages.Editor_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> refresh());

        viewer = new TableViewer(composite, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        Table table = WidgetKeys.name(viewer.getTable(), "keystore.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        EntryColumn[] columns = EntryColumn.values();
        for (int i = 0; i < columns.length; i++) {
            EntryColumn column = columns[i];
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.header());
            widget.setWidth(WIDTHS[i]);
            widget.addListener(SWT.Selection, e -> sortBy(widget, column.order()));
        }
        TableColumn status = new TableColumn(table, SWT.LEFT);
        status.setText(Messages.Editor_statusColumn);
        status.setWidth(STATUS_WIDTH);
        status.addListener(SWT.Selection, e -> sortBy(status, Comparator.comparing(entry -> entry.validity(now))));

        expired = new Color(255, 214, 214);
        expiresSoon = new Color(255, 240, 196);
        notYetValid = new Color(228, 228, 228);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.length) {
                    viewer.replace(shown[index], index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the table reads the 'shown' array directly
            }
        });
        viewer.setLabelProvider(new EntryLabels());
        viewer.setInput(this);
    }

    TableViewer viewer() {
        return viewer;
    }

    void setEntries(List<KeyRepositoryEntry> entries) {
        all = entries;
        now = Instant.now();
        refresh();
    }

    private void sortBy(TableColumn column, Comparator<KeyRepositoryEntry> comparator) {
        Table table = viewer.getTable();
        boolean ascending = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        order = ascending ? comparator : comparator.reversed();
        refresh();
    }

    private void refresh() {
        String wanted = filter.getText().trim().toLowerCase(Locale.ROOT);
        List<KeyRepositoryEntry> matching = new ArrayList<>(all.size());
        for (KeyRepositoryEntry entry : all) {
            if (wanted.isEmpty() || matches(entry, wanted)) {
                matching.add(entry);
            }
        }
        if (order != null) {
            matching.sort(order);
        }
        shown = matching.toArray(KeyRepositoryEntry[]::new);
        viewer.getTable().deselectAll();
        viewer.setItemCount(shown.length);
        viewer.refresh();
        viewer.setSelection(null);
    }

    private boolean matches(KeyRepositoryEntry entry, String wanted) {
        for (EntryColumn column : EntryColumn.values()) {
            if (column.text(entry).toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return entry.validity(now).displayName().contains(wanted);
    }

    /** Text per column; expired, soon-expiring and not-yet-valid rows are coloured and say so. */
    private final class EntryLabels extends LabelProvider implements ITableLabelProvider, ITableColorProvider {

        @Override
        public String getColumnText(Object element, int index) {
            KeyRepositoryEntry entry = (KeyRepositoryEntry) element;
            EntryColumn[] columns = EntryColumn.values();
            if (index < columns.length) {
                return columns[index].text(entry);
            }
            ValidityStatus status = entry.validity(now);
            return status == ValidityStatus.VALID ? "" : status.displayName(); //$NON-NLS-1$
        }

        @Override
        public Image getColumnImage(Object element, int index) {
            return null;
        }

        @Override
        public Color getBackground(Object element, int index) {
            return switch (((KeyRepositoryEntry) element).validity(now)) {
                case EXPIRED -> expired;
                case EXPIRES_SOON -> expiresSoon;
                case NOT_YET_VALID -> notYetValid;
                default -> null;
            };
        }

        @Override
        public Color getForeground(Object element, int index) {
            return null;
        }
    }
}
