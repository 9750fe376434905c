package org.mqsec.core.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.ReportMessages;

/**
 * The audit report as one self-contained HTML file (inline style, the expiry chart as inline SVG,
 * no script, nothing fetched): a summary of the findings by severity for each queue manager, the
 * certificates by expiry, and per queue manager its settings, findings, channels, CHLAUTH, AMS
 * policies and certificates. Every text from a queue manager or a certificate is escaped.
 */
public final class ReportHtml {

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** Days the expiry chart spans; a certificate further out is drawn at its end. */
    private static final int CHART_DAYS = 730;

    private ReportHtml() {
    }

    public static String write(List<SecurityReport> reports) {
        StringBuilder html = new StringBuilder(16_384);
        Instant generated = reports.isEmpty() ? Instant.now() : reports.get(0).generated();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") //$NON-NLS-1$
                .append(escape(ReportMessages.Report_title)).append("</title>\n<style>\n") //$NON-NLS-1$
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}") //$NON-NLS-1$
                .append("th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}") //$NON-NLS-1$
                .append(".ERROR{background:#f8d7da}.WARNING{background:#fff3cd}.INFO{background:#e2e3f5}code{font-size:.95em}") //$NON-NLS-1$
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(ReportMessages.Report_title)).append("</h1>\n<p>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(ReportMessages.bind(ReportMessages.Report_generated, DAY.format(generated), reports.size()))).append("</p>\n"); //$NON-NLS-1$
        summary(html, reports);
        chart(html, reports, generated);
        for (SecurityReport report : reports) {
            queueManager(html, report);
        }
        html.append("</body>\n</html>\n"); //$NON-NLS-1$
        return html.toString();
    }

    private static void summary(StringBuilder html, List<SecurityReport> reports) {
        html.append("<h2 id=\"summary\">").append(escape(ReportMessages.Report_summary)).append("</h2>\n<table class=\"summary\">\n<tr><th>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(ReportMessages.Report_queueManager)).append("</th>"); //$NON-NLS-1$
        for (Severity severity : Severity.values()) {
            html.append("<th class=\"").append(severity).append("\">").append(severity).append("</th>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        html.append("<th>").append(escape(ReportMessages.Report_source)).append("</th></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (SecurityReport report : reports) {
            Map<Severity, Long> counts = report.counts();
            html.append("<tr><td><a href=\"#qm-").append(escape(report.queueManager())).append("\">").append(escape(report.queueManager())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("</a></td>"); //$NON-NLS-1$
            for (Severity severity : Severity.values()) {
                html.append("<td class=\"").append(counts.get(severity) > 0 ? severity : "").append("\">").append(counts.get(severity)).append("</td>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            html.append("<td>").append(escape(report.source())).append("</td></tr>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        html.append("</table>\n"); //$NON-NLS-1$
    }

    /** One bar per certificate, its length the days left (red: expired or under 30 days, amber: under 90). */
    private static void chart(StringBuilder html, List<SecurityReport> reports, Instant now) {
        record Bar(String name, Instant notAfter) {
        }
        List<Bar> bars = new ArrayList<>();
        for (SecurityReport report : reports) {
            for (CertificateUse certificate : report.certificates()) {
                bars.add(new Bar(report.queueManager() + ": " + certificate.label(), certificate.notAfter())); //$NON-NLS-1$
            }
        }
        html.append("<h2 id=\"expiry\">").append(escape(ReportMessages.Report_expiry)).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (bars.isEmpty()) {
            html.append("<p>").append(escape(ReportMessages.Report_noCertificates)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        bars.sort(Comparator.comparing(Bar::notAfter));
        int row = 22;
        int labelWidth = 320;
        int width = 400;
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + width + 140).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
                .append(row * bars.size() + 10).append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>") //$NON-NLS-1$
                .append(escape(ReportMessages.Report_expiry)).append("</title>\n"); //$NON-NLS-1$
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            long days = Duration.between(now, bar.notAfter()).toDays();
            int length = (int) Math.max(2, Math.min(width, width * Math.max(0, days) / CHART_DAYS));
            String colour = days < 30 ? "#c0392b" : days < 90 ? "#e0a800" : "#2e8b57"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            int y = i * row + 5;
            html.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(escape(bar.name())).append("</text>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(length) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" height=\"16\" fill=\"").append(colour).append("\"/>") //$NON-NLS-1$ //$NON-NLS-2$
                    .append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(y + 13).append("\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(escape(ReportMessages.bind(ReportMessages.Report_days, days, DAY.format(bar.notAfter())))).append("</text>\n"); //$NON-NLS-1$
        }
        html.append("</svg>\n"); //$NON-NLS-1$
    }

    private static void queueManager(StringBuilder html, SecurityReport report) {
        html.append("<section class=\"qmgr\" id=\"qm-").append(escape(report.queueManager())).append("\">\n<h2>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(ReportMessages.bind(ReportMessages.Report_queueManagerTitle, report.queueManager(), report.platform()))).append("</h2>\n"); //$NON-NLS-1$
        table(html, ReportMessages.Report_settings, List.of(ReportMessages.Report_attribute, ReportMessages.Report_value),
                report.settings().entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList(), null);
        List<Finding> findings = report.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
        table(html, ReportMessages.Report_findings, List.of(ReportMessages.Report_severity, ReportMessages.Report_code, ReportMessages.Report_finding,
                ReportMessages.Report_fix), findings.stream().map(f -> List.of(f.severity().name(), f.code(), f.message(), f.fix())).toList(),
                findings.stream().map(f -> f.severity().name()).toList());
        table(html, ReportMessages.Report_channels, List.of(ReportMessages.Report_channel, "CHLTYPE", "SSLCIPH", "SSLCAUTH", "SSLPEER", "MCAUSER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "CERTLABL", ReportMessages.Report_status), //$NON-NLS-1$
                report.channels().stream().map(c -> List.of(c.name(), c.type(), c.cipherSpec(), c.clientAuthentication(), c.peer(), c.mcaUser(),
                        c.certificateLabel(), c.status())).toList(), null);
        html.append("<p>").append(escape(report.chlauthDisabled() ? ReportMessages.bind(ReportMessages.Report_chlauthDisabled, report.chlauthRecords()) //$NON-NLS-1$
                : ReportMessages.bind(ReportMessages.Report_chlauth, report.chlauthRecords()))).append("</p>\n"); //$NON-NLS-1$
        table(html, ReportMessages.Report_policies, List.of(ReportMessages.Report_policy, ReportMessages.Report_protection, "SIGNALG", "ENCALG", //$NON-NLS-1$ //$NON-NLS-2$
                "SIGNER", "RECIP", ReportMessages.Report_unprotected), //$NON-NLS-1$ //$NON-NLS-2$
                report.policies().stream().map(p -> List.of(p.name(), p.protection(), p.signature(), p.encryption(), Integer.toString(p.signers()),
                        Integer.toString(p.recipients()), p.tolerate() ? "TOLERATE" : "ENFORCE")).toList(), null); //$NON-NLS-1$ //$NON-NLS-2$
        table(html, ReportMessages.Report_certificates, List.of(ReportMessages.Report_label, ReportMessages.Report_subject, ReportMessages.Report_issuer,
                ReportMessages.Report_expires, ReportMessages.Report_usedBy),
                report.certificates().stream().map(c -> List.of(c.label(), c.subject(), c.issuer(), DAY.format(c.notAfter()),
                        String.join(", ", c.usedBy()))).toList(), null); //$NON-NLS-1$
        if (!report.problems().isEmpty()) {
            table(html, ReportMessages.Report_problems, List.of(ReportMessages.Report_finding, ReportMessages.Report_fix),
                    report.problems().stream().map(f -> List.of(f.message(), f.fix())).toList(), null);
        }
        html.append("</section>\n"); //$NON-NLS-1$
    }

    private static void table(StringBuilder html, String title, List<String> headers, List<List<String>> rows, List<String> rowClasses) {
        html.append("<h3>").append(escape(title)).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (rows.isEmpty()) {
            html.append("<p>").append(escape(ReportMessages.Report_none)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        html.append("<table>\n<tr>"); //$NON-NLS-1$
        headers.forEach(header -> html.append("<th>").append(escape(header)).append("</th>")); //$NON-NLS-1$ //$NON-NLS-2$
        html.append("</tr>\n"); //$NON-NLS-1$
        for (int i = 0; i < rows.size(); i++) {
            html.append(rowClasses == null ? "<tr>" : "<tr class=\"" + rowClasses.get(i) + "\">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            rows.get(i).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>")); //$NON-NLS-1$ //$NON-NLS-2$
            html.append("</tr>\n"); //$NON-NLS-1$
        }
        html.append("</table>\n"); //$NON-NLS-1$
    }

    /** Text as HTML character data or an attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;"); //$NON-NLS-1$
                case '<' -> escaped.append("&lt;"); //$NON-NLS-1$
                case '>' -> escaped.append("&gt;"); //$NON-NLS-1$
                case '"' -> escaped.append("&quot;"); //$NON-NLS-1$
                case '\'' -> escaped.append("&#39;"); //$NON-NLS-1$
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
