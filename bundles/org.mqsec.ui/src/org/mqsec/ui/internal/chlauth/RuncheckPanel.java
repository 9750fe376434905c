package org.mqsec.ui.internal.chlauth;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.chlauth.RuncheckSimulator.Connection;
import org.mqsec.core.chlauth.RuncheckSimulator.Decision;
import org.mqsec.core.chlauth.RuncheckSimulator.Result;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * DISPLAY CHLAUTH ... MATCH(RUNCHECK) on the view's records: the connection's details in, the
 * decision, the applying record and the explanation out. Deciding takes microseconds, so it runs on
 * the UI thread.
 */
final class RuncheckPanel {

    private final RecordSetModel model;
    private final Consumer<ChlauthRecord> applying;
    private final Text channel;
    private final Text address;
    private final Text user;
    private final Text queueManager;
    private final Text peer;
    private final Text issuer;
    private final Text privileged;
    private final Label result;
    private final Label record;
    private final Text explanation;

    /** @param applying told of the record that applies after each check, so the view can select it */
    RuncheckPanel(Composite parent, RecordSetModel model, Consumer<ChlauthRecord> applying, Runnable privilegedChanged) {
        this.model = model;
        this.applying = applying;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Runcheck_group);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        channel = field(group, Messages.Runcheck_channel, "chlauth.runcheck.channel"); //$NON-NLS-1$
        address = field(group, Messages.Runcheck_address, "chlauth.runcheck.address"); //$NON-NLS-1$
        user = field(group, Messages.Runcheck_user, "chlauth.runcheck.user"); //$NON-NLS-1$
        queueManager = field(group, Messages.Runcheck_qmname, "chlauth.runcheck.qmname"); //$NON-NLS-1$
        peer = field(group, Messages.Runcheck_peer, "chlauth.runcheck.peer"); //$NON-NLS-1$
        issuer = field(group, Messages.Runcheck_issuer, "chlauth.runcheck.issuer"); //$NON-NLS-1$
        privileged = field(group, Messages.Runcheck_privileged, "chlauth.runcheck.privileged"); //$NON-NLS-1$
        privileged.setText(String.join(",", model.privilegedUsers().stream().sorted().toList())); //$NON-NLS-1$
        privileged.addListener(SWT.Modify, e -> {
            model.setPrivilegedUsers(privileged.getText());
            privilegedChanged.run();
        });
        new Label(group, SWT.NONE);
        Button run = WidgetKeys.name(new Button(group, SWT.PUSH), "chlauth.runcheck.run"); //$NON-NLS-1$
        run.setText(Messages.Runcheck_run);
        run.addListener(SWT.Selection, e -> run());
        result = WidgetKeys.name(new Label(group, SWT.WRAP), "chlauth.runcheck.result"); //$NON-NLS-1$
        result.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(result);
        record = WidgetKeys.name(new Label(group, SWT.WRAP), "chlauth.runcheck.record"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(record);
        explanation = WidgetKeys.name(new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
                "chlauth.runcheck.explanation"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(300, 160).applyTo(explanation);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
    }

    private static Text field(Composite parent, String label, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(parent, SWT.BORDER), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** Runs the check with what is in the fields; bad input is said in the result line. */
    void run() {
        String name = channel.getText().strip();
        String from = address.getText().strip();
        explanation.setText(""); //$NON-NLS-1$
        record.setText(""); //$NON-NLS-1$
        if (name.isEmpty() || from.isEmpty()) {
            result.setText(Messages.Runcheck_needChannel);
        } else if (name.contains("*")) { //$NON-NLS-1$
            result.setText(Messages.bind(Messages.Runcheck_generic, name));
        } else if (!user.getText().isBlank() && !queueManager.getText().isBlank()) {
            result.setText(Messages.Runcheck_userOrQmname);
        } else {
            RuncheckSimulator simulator = model.simulator();
            Decision decision = simulator.evaluate(new Connection(name, from, user.getText().strip(),
                    queueManager.getText().strip(), peer.getText().strip(), issuer.getText().strip()));
            result.setText(decision.result() == Result.BLOCKED ? Messages.Runcheck_blocked
                    : decision.mcaUser().isEmpty() ? Messages.Runcheck_allowedChannel
                            : Messages.bind(Messages.Runcheck_allowed, decision.mcaUser()));
            record.setText(decision.record() == null ? Messages.Runcheck_noRecord
                    : Messages.bind(Messages.Runcheck_record, decision.record().toMqsc()));
            List<String> lines = decision.explanation();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                text.append(i + 1).append(". ").append(lines.get(i)).append('\n'); //$NON-NLS-1$
            }
            explanation.setText(text.toString());
            if (decision.record() != null) {
                applying.accept(decision.record());
            }
        }
        result.getParent().layout(true);
    }
}
