package org.mqsec.core.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.ReportMessages;

/** The audit report as Markdown (GitHub's tables): the same sections as the HTML, without the chart. */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String write(List<SecurityReport> reports) {
        StringBuilder md = new StringBuilder(8_192);
        md.append("# ").append(ReportMessages.Report_title).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!reports.isEmpty()) {
            md.append(ReportMessages.bind(ReportMessages.Report_generated, ReportHtml.DAY.format(reports.get(0).generated()), reports.size()))
                    .append("\n\n"); //$NON-NLS-1$
        }
        md.append("## ").append(ReportMessages.Report_summary).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
        table(md, List.of(ReportMessages.Report_queueManager, "ERROR", "WARNING", "INFO", ReportMessages.Report_source), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                reports.stream().map(r -> {
                    Map<Severity, Long> counts = r.counts();
                    return List.of(r.queueManager(), counts.get(Severity.ERROR).toString(), counts.get(Severity.WARNING).toString(),
                            counts.get(Severity.INFO).toString(), r.source());
                }).toList());
        for (SecurityReport report : reports) {
            md.append("## ").append(ReportMessages.bind(ReportMessages.Report_queueManagerTitle, report.queueManager(), report.platform())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            section(md, ReportMessages.Report_settings);
            table(md, List.of(ReportMessages.Report_attribute, ReportMessages.Report_value),
                    report.settings().entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
            section(md, ReportMessages.Report_findings);
            table(md, List.of(ReportMessages.Report_severity, ReportMessages.Report_code, ReportMessages.Report_finding, ReportMessages.Report_fix),
                    report.findings().stream().sorted(Comparator.comparing(Finding::severity))
                            .map(f -> List.of(f.severity().name(), f.code(), f.message(), f.fix())).toList());
            section(md, ReportMessages.Report_channels);
            table(md, List.of(ReportMessages.Report_channel, "CHLTYPE", "SSLCIPH", "SSLCAUTH", "SSLPEER", "MCAUSER", "CERTLABL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    ReportMessages.Report_status), report.channels().stream().map(c -> List.of(c.name(), c.type(), c.cipherSpec(),
                            c.clientAuthentication(), c.peer(), c.mcaUser(), c.certificateLabel(), c.status())).toList());
            md.append(report.chlauthDisabled() ? ReportMessages.bind(ReportMessages.Report_chlauthDisabled, report.chlauthRecords())
                    : ReportMessages.bind(ReportMessages.Report_chlauth, report.chlauthRecords())).append("\n\n"); //$NON-NLS-1$
            section(md, ReportMessages.Report_policies);
            table(md, List.of(ReportMessages.Report_policy, ReportMessages.Report_protection, "SIGNALG", "ENCALG", "SIGNER", "RECIP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    ReportMessages.Report_unprotected), report.policies().stream().map(p -> List.of(p.name(), p.protection(), p.signature(),
                            p.encryption(), Integer.toString(p.signers()), Integer.toString(p.recipients()), p.tolerate() ? "TOLERATE" : "ENFORCE")) //$NON-NLS-1$ //$NON-NLS-2$
                            .toList());
            section(md, ReportMessages.Report_certificates);
            table(md, List.of(ReportMessages.Report_label, ReportMessages.Report_subject, ReportMessages.Report_issuer, ReportMessages.Report_expires,
                    ReportMessages.Report_usedBy), report.certificates().stream().sorted(Comparator.comparing(CertificateUse::notAfter))
                            .map(c -> List.of(c.label(), c.subject(), c.issuer(), ReportHtml.DAY.format(c.notAfter()), String.join(", ", c.usedBy()))) //$NON-NLS-1$
                            .toList());
            if (!report.problems().isEmpty()) {
                section(md, ReportMessages.Report_problems);
                table(md, List.of(ReportMessages.Report_finding, ReportMessages.Report_fix),
                        report.problems().stream().map(f -> List.of(f.message(), f.fix())).toList());
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title) {
        md.append("### ").append(title).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void table(StringBuilder md, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            md.append(ReportMessages.Report_none).append("\n\n"); //$NON-NLS-1$
            return;
        }
        md.append('|');
        headers.forEach(h -> md.append(' ').append(cell(h)).append(" |")); //$NON-NLS-1$
        md.append("\n|"); //$NON-NLS-1$
        headers.forEach(h -> md.append(" --- |")); //$NON-NLS-1$
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(value -> md.append(' ').append(cell(value)).append(" |")); //$NON-NLS-1$
            md.append('\n');
        }
        md.append('\n');
    }

    /** A table cell: pipes and Markdown's own characters escaped, line breaks as spaces. */
    private static String cell(String text) {
        return text.replaceAll("([\\\\|*_`<>\\[\\]])", "\\\\$1").replaceAll("\\R", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
