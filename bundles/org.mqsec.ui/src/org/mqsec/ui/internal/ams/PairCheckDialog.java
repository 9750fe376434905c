package org.mqsec.ui.internal.ams;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.crypto.ams.AmsPairCheck;
import org.mqsec.crypto.ams.AmsSides;
import org.mqsec.ui.AmsJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * The putter/getter check: for each side a policy from the view, the client type and its
 * keystore.conf; the keystores are opened as each client would open them (in a Job) and the check
 * says whether a message put by the first side is accepted by the second, and if not which rule
 * fails, with its code.
 */
final class PairCheckDialog extends ToolDialog {

    /** keystore.conf paths typed last, kept while the workbench runs. */
    private static final String[] REMEMBERED = { "", "" }; //$NON-NLS-1$ //$NON-NLS-2$

    private final List<AmsPolicy> policies;
    private final int selected;
    private SideFields putter;
    private SideFields getter;
    private Button run;
    private Label outcome;
    private Text reason;

    /** @param selected the index of the policy both sides start with */
    PairCheckDialog(Shell parent, List<AmsPolicy> policies, int selected) {
        super(parent, Messages.Check_title);
        this.policies = policies;
        this.selected = Math.max(0, selected);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Check_title);
        setMessage(Messages.Check_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        putter = new SideFields(body, Messages.Check_putter, "putter", 0); //$NON-NLS-1$
        getter = new SideFields(body, Messages.Check_getter, "getter", 1); //$NON-NLS-1$
        run = WidgetKeys.pushButton(body, "ams.check.run", Messages.Check_run, this::check); //$NON-NLS-1$
        GridDataFactory.swtDefaults().span(2, 1).applyTo(run);
        outcome = WidgetKeys.name(new Label(body, SWT.WRAP), "ams.check.outcome"); //$NON-NLS-1$
        outcome.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(outcome);
        reason = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), "ams.check.reason"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(760, 90).applyTo(reason);
        return area;
    }

    /** Opens both sides and checks them in a Job; the verdict (or why a side cannot be opened) is shown when it ends. */
    private void check() {
        Side put = putter.read();
        Side get = getter.read();
        if (put == null || get == null) {
            return;
        }
        setErrorMessage(null);
        outcome.setText(Messages.Check_running);
        reason.setText(""); //$NON-NLS-1$
        KeyRepositoryWork<AmsPairCheck.Verdict> work = new KeyRepositoryWork<>(Messages.Check_job, AmsJobs.CHECK, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 3);
            AmsSides.Opened putSide = AmsSides.open(put.policy(), put.client(), put.conf(), progress.split(1));
            AmsSides.Opened getSide = AmsSides.open(get.policy(), get.client(), get.conf(), progress.split(1));
            return AmsPairCheck.check(putSide.side(), getSide.side(), new Date());
        });
        disableWhileRunning(work, run);
        work.runThen(getShell().getDisplay(), verdict -> {
            if (outcome.isDisposed()) {
                return;
            }
            outcome.setText(verdict.code().isEmpty() ? verdict.outcome().name() : verdict.outcome().name() + " (" + verdict.code() + ')'); //$NON-NLS-1$
            reason.setText(verdict.reason());
            outcome.getParent().layout(true, true);
        }, failure -> {
            if (outcome.isDisposed()) {
                return;
            }
            outcome.setText(Messages.Check_notRun);
            setErrorMessage(failure.getMessage());
            reason.setText(failure.advice());
            outcome.getParent().layout(true, true);
        });
    }

    /** What one side's fields say. */
    private record Side(AmsPolicy policy, AmsKeystoreConf.Client client, Path conf) {
    }

    /** The fields of one side. */
    private final class SideFields {

        private final Combo policy;
        private final Combo client;
        private final Text conf;
        private final int slot;

        SideFields(Composite parent, String title, String key, int slot) {
            this.slot = slot;
            Group group = new Group(parent, SWT.NONE);
            group.setText(title);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            new Label(group, SWT.NONE).setText(Messages.Check_policy);
            policy = WidgetKeys.name(new Combo(group, SWT.READ_ONLY), "ams.check." + key + ".policy"); //$NON-NLS-1$ //$NON-NLS-2$
            policy.setItems(policies.stream().map(p -> p.name() + " (" + p.protection() + ')').toArray(String[]::new)); //$NON-NLS-1$
            policy.select(Math.min(selected, policies.size() - 1));
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(policy);
            new Label(group, SWT.NONE).setText(Messages.Check_client);
            client = WidgetKeys.name(new Combo(group, SWT.READ_ONLY), "ams.check." + key + ".client"); //$NON-NLS-1$ //$NON-NLS-2$
            client.setItems(Messages.Check_clientJava, Messages.Check_clientC);
            client.select(0);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(client);
            new Label(group, SWT.NONE).setText(Messages.Check_conf);
            conf = WidgetKeys.name(new Text(group, SWT.BORDER), "ams.check." + key + ".conf"); //$NON-NLS-1$ //$NON-NLS-2$
            conf.setText(REMEMBERED[slot]);
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(conf);
            WidgetKeys.pushButton(group, "ams.check." + key + ".browse", Messages.Check_browse, () -> { //$NON-NLS-1$ //$NON-NLS-2$
                Path chosen = FileChoosers.chooseOne(getShell(), FileChoosers.Request.open(title + ": keystore.conf", "*.conf", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (chosen != null) {
                    conf.setText(chosen.toString());
                }
            });
        }

        /** The side, or null (with the reason in the header) when a field is missing. */
        Side read() {
            String path = conf.getText().strip();
            if (path.isEmpty()) {
                setErrorMessage(Messages.Check_noConf);
                conf.setFocus();
                return null;
            }
            REMEMBERED[slot] = path;
            return new Side(policies.get(policy.getSelectionIndex()),
                    client.getSelectionIndex() == 1 ? AmsKeystoreConf.Client.C : AmsKeystoreConf.Client.JAVA, Path.of(path));
        }
    }
}
