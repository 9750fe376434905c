package org.mqsec.ui.internal.tls;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.core.tls.TlsProtocol;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * Choosing a CipherSpec: the catalogue filtered by name, protocol, FIPS and Suite B (deprecated ones
 * only on request), IBM's recommended aliases first, and what the chosen one means in a sentence.
 * Used by the TLS channel wizard and the CipherSpecs view.
 */
final class CipherSpecChooser {

    private final Text filter;
    private final Combo protocol;
    private final Button fips;
    private final Button suiteB;
    private final Button deprecated;
    private final Table table;
    private final Label explanation;
    private Consumer<CipherSpec> listener = spec -> {
    };
    private String selected = ""; //$NON-NLS-1$

    CipherSpecChooser(Composite parent, String name) {
        Composite body = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(body);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(body);
        filter = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.SEARCH), name + ".filter"); //$NON-NLS-1$
        filter.setMessage(Messages.Chooser_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        protocol = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), name + ".protocol"); //$NON-NLS-1$
        protocol.setItems(Messages.Chooser_allProtocols, TlsProtocol.TLS_1_3.label(), TlsProtocol.TLS_1_2.label(), Messages.Chooser_aliases);
        protocol.select(0);
        fips = check(body, Messages.Chooser_fips, name + ".fips"); //$NON-NLS-1$
        suiteB = check(body, Messages.Chooser_suiteB, name + ".suiteB"); //$NON-NLS-1$
        deprecated = check(body, Messages.Chooser_deprecated, name + ".deprecated"); //$NON-NLS-1$
        table = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), name + ".table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        String[] headers = { Messages.Chooser_name, Messages.Chooser_protocol, Messages.Chooser_key, Messages.Chooser_fipsColumn,
                Messages.Chooser_suiteBColumn, Messages.Chooser_status };
        int[] widths = { 300, 110, 70, 50, 70, 170 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(SWT.DEFAULT, 200).applyTo(table);
        explanation = WidgetKeys.name(new Label(body, SWT.WRAP), name + ".explanation"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(600, SWT.DEFAULT).applyTo(explanation);
        filter.addListener(SWT.Modify, e -> refill());
        protocol.addListener(SWT.Selection, e -> refill());
        table.addListener(SWT.Selection, e -> {
            if (table.getSelectionCount() == 1) {
                CipherSpec spec = (CipherSpec) table.getSelection()[0].getData();
                selected = spec.name();
                explain(spec);
                listener.accept(spec);
            }
        });
        refill();
    }

    private Button check(Composite body, String label, String name) {
        Button check = WidgetKeys.name(new Button(body, SWT.CHECK), name);
        check.setText(label);
        check.addListener(SWT.Selection, e -> refill());
        return check;
    }

    void onChoice(Consumer<CipherSpec> choice) {
        listener = choice;
    }

    /** Selects (and shows, whatever the filters) the CipherSpec of this name. */
    void select(String name) {
        selected = name;
        CipherSpecs.find(name).ifPresent(spec -> {
            if (spec.deprecated()) {
                deprecated.setSelection(true);
            }
        });
        refill();
    }

    private boolean shown(CipherSpec spec) {
        String text = filter.getText().strip().toUpperCase(Locale.ROOT);
        boolean protocolMatches = switch (protocol.getSelectionIndex()) {
            case 1 -> !spec.alias() && spec.protocol() == TlsProtocol.TLS_1_3;
            case 2 -> !spec.alias() && spec.protocol() == TlsProtocol.TLS_1_2;
            case 3 -> spec.alias();
            default -> true;
        };
        return (text.isEmpty() || spec.name().contains(text) || spec.javaCipherSuite().toUpperCase(Locale.ROOT).contains(text))
                && protocolMatches && (!fips.getSelection() || spec.fips()) && (!suiteB.getSelection() || spec.suiteB() > 0)
                && (deprecated.getSelection() || !spec.deprecated());
    }

    private void refill() {
        table.removeAll();
        List<CipherSpec> ordered = new java.util.ArrayList<>(CipherSpecs.recommended());
        CipherSpecs.all().stream().filter(spec -> !ordered.contains(spec)).forEach(ordered::add);
        for (CipherSpec spec : ordered) {
            if (!shown(spec)) {
                continue;
            }
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(spec);
            item.setText(new String[] { spec.name(),
                    spec.minimumProtocol() ? Messages.bind(Messages.Chooser_orHigher, spec.protocol().label()) : spec.protocol().label(),
                    spec.keyType().name(), spec.fips() ? Messages.Chooser_yes : "", //$NON-NLS-1$
                    spec.suiteB() == 0 ? "" : Integer.toString(spec.suiteB()), status(spec) }); //$NON-NLS-1$
            if (spec.name().equals(selected)) {
                table.setSelection(item);
                explain(spec);
            }
        }
    }

    private static String status(CipherSpec spec) {
        if (spec.deprecated()) {
            return Messages.bind(Messages.Chooser_statusDeprecated, spec.deprecatedSince());
        }
        return spec.minimumProtocol() ? Messages.Chooser_statusRecommended : spec.alias() ? Messages.Chooser_statusAlias : Messages.Chooser_statusCurrent;
    }

    private void explain(CipherSpec spec) {
        String key = switch (spec.keyType()) {
            case EC -> Messages.Chooser_needsEc;
            case RSA -> Messages.Chooser_needsRsa;
            default -> Messages.Chooser_needsEither;
        };
        explanation.setText(Messages.bind(Messages.Chooser_explanation, new Object[] { spec.name(),
                spec.minimumProtocol() ? Messages.bind(Messages.Chooser_orHigher, spec.protocol().label()) : spec.protocol().label(), key,
                spec.javaCipherSuite().isEmpty() ? "-" : spec.javaCipherSuite(), spec.platforms() })); //$NON-NLS-1$
        explanation.getParent().layout(true);
    }
}
