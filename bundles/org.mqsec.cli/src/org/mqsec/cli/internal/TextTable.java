package org.mqsec.cli.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.ValidityStatus;

/** Tables as fixed-width text: the entry table (the editor's columns plus the validity flag it colours), or any other. */
final class TextTable {

    private TextTable() {
    }

    static String of(List<KeyRepositoryEntry> entries, Instant now) {
        EntryColumn[] columns = EntryColumn.values();
        String[] header = new String[columns.length + 1];
        for (int c = 0; c < columns.length; c++) {
            header[c] = columns[c].header();
        }
        header[columns.length] = Messages.List_status;
        List<String[]> rows = new ArrayList<>();
        for (KeyRepositoryEntry entry : entries) {
            String[] row = new String[columns.length + 1];
            for (int c = 0; c < columns.length; c++) {
                row[c] = columns[c].text(entry);
            }
            ValidityStatus status = entry.validity(now);
            row[columns.length] = status == ValidityStatus.VALID ? "" : status.displayName(); //$NON-NLS-1$
            rows.add(row);
        }
        return of(header, rows);
    }

    /** Any table: each column as wide as its widest cell, two spaces between columns. */
    static String of(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
        }
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendRow(text, header, widths);
        for (String[] row : rows) {
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
