package org.mqsec.cli.internal;

import java.time.Instant;
import java.util.List;

import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.ValidityStatus;

/** The entry table as fixed-width text, with the editor's columns plus the validity flag it colours. */
final class TextTable {

    private TextTable() {
    }

    static String of(List<KeyRepositoryEntry> entries, Instant now) {
        EntryColumn[] columns = EntryColumn.values();
        String[][] cells = new String[entries.size()][];
        int[] widths = new int[columns.length + 1];
        for (int c = 0; c < columns.length; c++) {
            widths[c] = columns[c].header().length();
        }
        widths[columns.length] = Messages.List_status.length();
        for (int r = 0; r < cells.length; r++) {
            KeyRepositoryEntry entry = entries.get(r);
            String[] row = new String[columns.length + 1];
            for (int c = 0; c < columns.length; c++) {
                row[c] = columns[c].text(entry);
            }
            ValidityStatus status = entry.validity(now);
            row[columns.length] = status == ValidityStatus.VALID ? "" : status.displayName(); //$NON-NLS-1$
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
            cells[r] = row;
        }
        StringBuilder text = new StringBuilder();
        String[] header = new String[columns.length + 1];
        for (int c = 0; c < columns.length; c++) {
            header[c] = columns[c].header();
        }
        header[columns.length] = Messages.List_status;
        appendRow(text, header, widths);
        for (String[] row : cells) {
            appendRow(text, row, widths);
        }
        return text.toString();
    }

    private static void appendRow(StringBuilder text, String[] row, int[] widths) {
        int start = text.length();
        for (int c = 0; c < row.length; c++) {
            text.append(row[c]);
            if (c + 1 < row.length) {
                text.append(" ".repeat(widths[c] - row[c].length() + 2)); //$NON-NLS-1$
            }
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        text.append('\n');
    }
}
