package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;
import org.mqsec.explorer.standin.StandInNavigator;
import org.mqsec.explorer.standin.StandInProbe;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.chlauth.ChlauthView;
import org.mqsec.ui.internal.security.SecurityView;

/**
 * The MQ Explorer bridge in a workbench that holds stand-ins for Explorer's classes, in a bundle
 * named like Explorer's (com.ibm.mq.explorer.ui): our entries appear in the context menu of a queue
 * manager in the stand-in navigator (found by Explorer's class name, shown by its pluginState and
 * objectState tests), and Security Overview reads the queue manager through Explorer's connection
 * (a stand-in PCF agent loaded from that connection's class loader, answering from a simulated
 * queue manager with IBM's classes) without disconnecting it. Untried in a real MQ Explorer.
 */
class ExplorerBridgeUiTest extends ViewUiTest {

    @Override
    protected Object[] families() {
        return new Object[] { QueueManagerJobs.READ };
    }

    @Override
    protected String[] views() {
        return new String[] { StandInNavigator.ID, SecurityView.ID, ChlauthView.ID };
    }

    /** The context menu as the navigator builds it for the current selection, our submenu's entries. */
    private List<MenuItem> ourEntries(StandInNavigator navigator) {
        Menu menu = navigator.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        driver.flush();
        MenuItem ours = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals("MQ Security Workbench")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .orElseThrow(() -> new AssertionError("no MQ Security Workbench entry in " //$NON-NLS-1$
                        + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
        Menu submenu = ours.getMenu();
        submenu.notifyListeners(SWT.Show, new Event());
        driver.flush();
        List<MenuItem> entries = new ArrayList<>(Arrays.asList(submenu.getItems()));
        menu.notifyListeners(SWT.Hide, new Event());
        return entries;
    }

    @Test
    void ourEntriesAppearOnAQueueManagerAndSecurityOverviewReadsItThroughExplorersConnection() throws Exception {
        StandInNavigator navigator = (StandInNavigator) page.showView(StandInNavigator.ID);
        navigator.viewer().setSelection(new StructuredSelection(navigator.viewer().getElementAt(0)));
        driver.flush();
        List<MenuItem> entries = ourEntries(navigator);
        List<String> labels = entries.stream().map(i -> i.getText().replace("&", "")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(labels.containsAll(List.of("Security Overview", "New TLS Channel...", "Channel Authentication Records", "AMS Policies")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                labels.toString());
        driver.settle();
        driver.screenshot("stand-in-navigator"); //$NON-NLS-1$

        int disconnects = StandInProbe.disconnects.get();
        MenuItem overview = entries.stream().filter(i -> i.getText().replace("&", "").equals("Security Overview")).findFirst().orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        overview.notifyListeners(SWT.Selection, new Event());
        driver.waitForJobs(QueueManagerJobs.READ);
        Label summary = driver.waitFor(() -> WorkbenchDriver.find(driver.mainShell(), "security.summary", Label.class), "the security view"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.waitUntil(() -> summary.getText().startsWith("Queue manager QM1 from QM1 through MQ Explorer's connection"), //$NON-NLS-1$
                "QM1 read through Explorer's connection, " + summary.getText()); //$NON-NLS-1$
        assertTrue(StandInProbe.modelQueues.contains("SYSTEM.MQEXPLORER.REPLY.MODEL"), StandInProbe.modelQueues.toString()); //$NON-NLS-1$
        assertEquals(disconnects, StandInProbe.disconnects.get(), "Explorer's connection is left connected"); //$NON-NLS-1$
        driver.settle();
        driver.screenshot("security-overview-through-explorer"); //$NON-NLS-1$

        // a queue manager Explorer is not connected to: told in words
        navigator = (StandInNavigator) page.showView(StandInNavigator.ID);
        navigator.viewer().setSelection(new StructuredSelection(navigator.viewer().getElementAt(1)));
        driver.flush();
        MenuItem chlauth = ourEntries(navigator).stream().filter(i -> i.getText().replace("&", "").equals("Channel Authentication Records")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .findFirst().orElseThrow();
        Runnable told = driver.whenOpen("Security through MQ Explorer", dialog -> { //$NON-NLS-1$
            List<String> texts = new ArrayList<>();
            collectLabels(dialog.shell(), texts);
            assertTrue(texts.stream().anyMatch(t -> t.contains("not connected to the queue manager QM2")), texts.toString()); //$NON-NLS-1$
            driver.screenshot("not-connected"); //$NON-NLS-1$
            driver.click(WorkbenchDriver.button(dialog.shell(), "OK")); //$NON-NLS-1$
        });
        chlauth.notifyListeners(SWT.Selection, new Event());
        driver.waitForJobs(QueueManagerJobs.READ);
        told.run();
    }

    private static void collectLabels(org.eclipse.swt.widgets.Composite root, List<String> into) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof Label label) {
                into.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collectLabels(composite, into);
            }
        }
    }
}
