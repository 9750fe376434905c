package org.mqsec.ui.tests;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A UI test of some of the workbench's views: a driver and the active page before each test; after
 * it, the test's Job families joined and its views closed, whatever happened.
 */
abstract class ViewUiTest {

    protected WorkbenchDriver driver;
    protected IWorkbenchPage page;

    /** The Job families the test's work runs in, joined before its views close. */
    protected abstract Object[] families();

    /** The views the test opens, closed after it. */
    protected abstract String[] views();

    /** More to undo after the test, before its views close; nothing by default. */
    protected void cleanUp() {
        // nothing
    }

    @BeforeEach
    void openDriver(TestInfo test) {
        driver = new WorkbenchDriver(test);
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeDriver() {
        try {
            for (Object family : families()) {
                driver.waitForJobs(family);
            }
            cleanUp();
            WorkbenchDriver.hideViews(views());
        } finally {
            driver.close();
        }
    }
}
