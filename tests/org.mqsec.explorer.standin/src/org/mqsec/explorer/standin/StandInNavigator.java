package org.mqsec.explorer.standin;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.testing.SimulatedQueueManager;

import com.ibm.mq.MQQueueManager;
import com.ibm.mq.explorer.ui.extensions.MQQmgrExtObject;

/**
 * Tests only: MQ Explorer's navigator reduced to two queue managers, QM1 (connected, answering from a
 * simulated queue manager) and QM2 (not connected), with a context menu others contribute to as
 * they contribute to Explorer's.
 */
public final class StandInNavigator extends ViewPart {

    public static final String ID = "com.ibm.mq.explorer.ui.standInNavigator"; //$NON-NLS-1$

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider());
        viewer.setInput(new Object[] { new MQQmgrExtObject("QM1", new MQQueueManager(new SimulatedQueueManager(QueueManagerFixtures.state()))), //$NON-NLS-1$
                new MQQmgrExtObject("QM2", null) }); //$NON-NLS-1$
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
