package org.mqsec.ui.internal.chlauth;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.chlauth.RecordSetModel.ProfileGroup;
import org.mqsec.ui.internal.chlauth.RecordSetModel.Row;
import org.mqsec.ui.internal.chlauth.RecordSetModel.TypeGroup;

/**
 * The records grouped by channel profile, then type. Each record shows what it matches on, what it
 * does, and its findings beside it; IBM's three default records say so.
 */
final class RecordTree {

    /** Attributes that decide whether a record matches a connection (first column). */
    private static final Set<String> CRITERIA = Set.of("USERLIST", "ADDRLIST", "SSLPEER", "SSLCERTI", "CLNTUSER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "QMNAME", "ADDRESS"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Written by the row itself: the profile and type are its parents, the action is always REPLACE. */
    private static final Set<String> IMPLIED = Set.of("TYPE", "ACTION"); //$NON-NLS-1$ //$NON-NLS-2$
    /** Values that are MQSC keywords, shown unquoted as runmqsc shows them. */
    private static final Set<String> KEYWORD_VALUED = Set.of("USERSRC", "WARN", "CHCKCLNT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final RecordSetModel model;
    private final TreeViewer viewer;
    /** Each row's findings, worked out once per refresh for both the text and the icon of its cell. */
    private final Map<Row, List<Finding>> findings = new IdentityHashMap<>();

    RecordTree(Composite parent, RecordSetModel model) {
        this.model = model;
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Tree tree = WidgetKeys.name(viewer.getTree(), "chlauth.records"); //$NON-NLS-1$
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(tree);
        column(Messages.View_columnRecord, 300, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof ProfileGroup group) {
                    return group.profile().contains("*") ? group.profile() + " (" + Messages.View_generic + ")" : group.profile(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                if (element instanceof TypeGroup group) {
                    return Messages.bind(Messages.View_typeCount, group.type(), group.rows().size());
                }
                Row row = (Row) element;
                String criteria = attributes(row.record(), true);
                return ChlauthRecordSet.isQueueManagerDefault(row.record()) ? Messages.bind(Messages.View_defaultMark, criteria)
                        : criteria;
            }
        });
        column(Messages.View_columnAttributes, 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Row row ? attributes(row.record(), false) : ""; //$NON-NLS-1$
            }
        });
        column(Messages.View_columnFindings, 520, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (!(element instanceof Row row)) {
                    return ""; //$NON-NLS-1$
                }
                // the row names the record already: drop the "<record>: " the findings begin with
                String prefix = row.record().describe() + ": "; //$NON-NLS-1$
                return findingsOf(row).stream().map(Finding::message)
                        .map(message -> message.startsWith(prefix) ? message.substring(prefix.length()) : message)
                        .collect(Collectors.joining(" | ")); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                if (!(element instanceof Row row)) {
                    return null;
                }
                List<Finding> findings = findingsOf(row);
                return findings.isEmpty() ? null : FindingsList.image(findings.get(0).severity());
            }
        });
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return model.groups().toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                if (element instanceof ProfileGroup group) {
                    return group.types().toArray();
                }
                return element instanceof TypeGroup group ? group.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !(element instanceof Row);
            }
        });
        viewer.setInput(model);
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** The record's MQSC attributes: those it matches on, or those that say what it does. */
    private static String attributes(ChlauthRecord record, boolean criteria) {
        MqscCommand mqsc = record.toMqsc();
        StringBuilder text = new StringBuilder();
        mqsc.parameters().forEach((keyword, values) -> {
            if (!IMPLIED.contains(keyword) && CRITERIA.contains(keyword) == criteria) {
                text.append(text.length() == 0 ? "" : " ").append(keyword).append('(') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(KEYWORD_VALUED.contains(keyword) ? String.join(",", values) //$NON-NLS-1$
                                : values.stream().map(MqscCommand::quote).collect(Collectors.joining(","))) //$NON-NLS-1$
                        .append(')');
            }
        });
        return text.toString();
    }

    TreeViewer viewer() {
        return viewer;
    }

    private List<Finding> findingsOf(Row row) {
        return findings.computeIfAbsent(row, r -> model.findings(r.record()));
    }

    /** Shows the model as it is now, all groups open, with {@code row} selected if given. */
    void refresh(Row row) {
        findings.clear();
        viewer.refresh();
        viewer.expandAll();
        if (row != null) {
            viewer.setSelection(new StructuredSelection(row), true);
        }
    }

    /** The selected record's row, or null when a group or nothing is selected. */
    Row selectedRow() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof Row row ? row : null;
    }

    /** Selects the row holding this very record (the one RUNCHECK chose), if it is shown. */
    void reveal(ChlauthRecord record) {
        model.rows().stream().filter(row -> row.record() == record).findFirst().ifPresent(row -> refresh(row));
    }
}
