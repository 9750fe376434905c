package org.mqsec.ui.internal.wizards;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/** All findings, and the runmqakm/keytool commands that would do the same on a server. */
final class ReviewPage extends WizardPage {

    private final GenerateKeyController controller;
    private FindingsList findings;
    private Text commands;

    ReviewPage(GenerateKeyController controller) {
        super("review"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Review_title);
        setDescription(Messages.Review_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        findings = new FindingsList(body, "generate.review.findings"); //$NON-NLS-1$
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.Review_commands);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        commands = WidgetKeys.name(new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                "generate.commands"); //$NON-NLS-1$
        commands.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(600, 160).applyTo(commands);
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            findings.show(controller.findings(), this);
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, List<String>> tool : controller.equivalentCommands().entrySet()) {
                text.append("# ").append(tool.getKey()).append('\n'); //$NON-NLS-1$
                tool.getValue().forEach(line -> text.append(line).append('\n'));
            }
            commands.setText(text.toString());
        }
        super.setVisible(visible);
    }
}
