package org.mqsec.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.ReportMessages;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The fleet scan's one table: every certificate the queue managers (and their channels) depend on,
 * soonest expiry first, then every weak setting (errors and warnings) by severity, then the queue
 * managers that could not be read. CSV (RFC 4180 quoting) for spreadsheets; the CLI writes JSON.
 */
public final class FleetTable {

    /** What a row is about. */
    public enum Kind {
        CERTIFICATE, FINDING, UNREAD
    }

    /**
     * One row.
     *
     * @param notAfter a certificate's expiry; null for other rows
     */
    public record Row(String queueManager, String source, Kind kind, Severity severity, String code, String label, String subject,
            Instant notAfter, String message) {
    }

    /** A queue manager that could not be read, and why. */
    public record Unread(String source, String reason) {
    }

    private static final List<String> HEADER = List.of("queueManager", "source", "kind", "severity", "code", "label", "subject", "notAfter", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "message"); //$NON-NLS-1$

    private FleetTable() {
    }

    public static List<Row> rows(List<SecurityReport> reports, List<Unread> unread, Instant now) {
        List<Row> certificates = new ArrayList<>();
        List<Row> findings = new ArrayList<>();
        for (SecurityReport report : reports) {
            for (CertificateUse certificate : report.certificates()) {
                boolean used = !certificate.usedBy().isEmpty();
                boolean expired = certificate.notAfter().isBefore(now);
                boolean soon = certificate.notAfter().isBefore(now.plus(SecurityReport.EXPIRY_WARNING));
                Severity severity = expired && used ? Severity.ERROR : expired || soon && used ? Severity.WARNING : Severity.INFO;
                String code = expired ? SecurityReport.CERTIFICATE_EXPIRED : soon && used ? SecurityReport.CERTIFICATE_EXPIRING : ""; //$NON-NLS-1$
                certificates.add(new Row(report.queueManager(), report.source(), Kind.CERTIFICATE, severity, code, certificate.label(),
                        certificate.subject(), certificate.notAfter(), used ? String.join(", ", certificate.usedBy()) //$NON-NLS-1$
                                : ReportMessages.bind(ReportMessages.Report_inRepository, certificate.label())));
            }
            for (Finding finding : report.findings()) {
                if (finding.severity() != Severity.INFO && !finding.code().startsWith("REPORT_CERTIFICATE_EXP")) { //$NON-NLS-1$
                    findings.add(new Row(report.queueManager(), report.source(), Kind.FINDING, finding.severity(), finding.code(), "", "", null, //$NON-NLS-1$ //$NON-NLS-2$
                            finding.message()));
                }
            }
        }
        certificates.sort(Comparator.comparing(Row::notAfter));
        findings.sort(Comparator.comparing(Row::severity).thenComparing(Row::queueManager));
        List<Row> rows = new ArrayList<>(certificates);
        rows.addAll(findings);
        for (Unread each : unread) {
            rows.add(new Row("", each.source(), Kind.UNREAD, Severity.ERROR, "", "", "", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    ReportMessages.bind(ReportMessages.Fleet_unread, each.reason())));
        }
        return rows;
    }

    /** Days from now to a certificate's expiry (negative once expired). */
    public static long daysLeft(Row row, Instant now) {
        return row.notAfter() == null ? 0 : Duration.between(now, row.notAfter()).toDays();
    }

    /** The rows as JSON ({@code mqsec fleet scan --json} and the workbench's export): {"rows": [...]}, days left for certificates. */
    public static JsonObject json(List<Row> rows, Instant now) {
        JsonArray array = new JsonArray();
        for (Row row : rows) {
            JsonObject entry = new JsonObject();
            entry.addProperty("queueManager", row.queueManager()); //$NON-NLS-1$
            entry.addProperty("source", row.source()); //$NON-NLS-1$
            entry.addProperty("kind", row.kind().name()); //$NON-NLS-1$
            entry.addProperty("severity", row.severity().name()); //$NON-NLS-1$
            entry.addProperty("code", row.code()); //$NON-NLS-1$
            entry.addProperty("label", row.label()); //$NON-NLS-1$
            entry.addProperty("subject", row.subject()); //$NON-NLS-1$
            if (row.notAfter() != null) {
                entry.addProperty("notAfter", row.notAfter().toString()); //$NON-NLS-1$
                entry.addProperty("daysLeft", daysLeft(row, now)); //$NON-NLS-1$
            }
            entry.addProperty("message", row.message()); //$NON-NLS-1$
            array.add(entry);
        }
        JsonObject root = new JsonObject();
        root.add("rows", array); //$NON-NLS-1$
        return root;
    }

    /** The rows as CSV with a header line; fields quoted when they hold a comma, quote or line break. */
    public static String csv(List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (Row row : rows) {
            line(csv, List.of(row.queueManager(), row.source(), row.kind().name(), row.severity().name(), row.code(), row.label(), row.subject(),
                    row.notAfter() == null ? "" : row.notAfter().toString(), row.message())); //$NON-NLS-1$
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i > 0) {
                csv.append(',');
            }
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                csv.append('"').append(field.replace("\"", "\"\"")).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n"); //$NON-NLS-1$
    }
}
