package org.mqsec.core.mqsc;

/**
 * A writer was handed a value it must not write (a control character, which would end the line it
 * is on and start another command or setting). Validation reports such values as findings first;
 * this is the last guard, so that no script, ini file or properties file is ever written with one.
 */
public final class RefusedValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RefusedValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The keyword or setting whose value was refused. */
    public String field() {
        return field;
    }
}
