package org.mqsec.ui.internal.zos;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.ui.internal.WidgetKeys;

/** Preferences > z/OS (MQ Security Workbench): the job card of the RACF jobs the workbench writes, checked as it is typed. */
public final class ZosPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text jobCard;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.Preferences_jobCard);
        jobCard = WidgetKeys.name(new Text(body, SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL), "zos.jobCard"); //$NON-NLS-1$
        jobCard.setFont(JFaceResources.getTextFont());
        jobCard.setText(JobCardPreference.get());
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 90).applyTo(jobCard);
        jobCard.addListener(SWT.Modify, e -> check());
        return body;
    }

    private void check() {
        List<Finding> findings = RacfJob.checkJobCard(jobCard.getText());
        setErrorMessage(findings.isEmpty() ? null : findings.get(0).message());
        setValid(findings.isEmpty());
    }

    @Override
    protected void performDefaults() {
        jobCard.setText(RacfJob.DEFAULT_JOB_CARD);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        JobCardPreference.set(jobCard.getText());
        return true;
    }
}
