package org.mqsec.core.findings;

/** How much a finding matters: errors stop a plan, warnings need a look, information just informs. */
public enum Severity {
    ERROR, WARNING, INFO
}
