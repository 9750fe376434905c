package org.mqsec.core.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;

/**
 * What one step of a plan would do to one object of the state it is compared with.
 *
 * @param step    the step (1 for the first)
 * @param changes the attributes that change (for ADDED: every attribute the step sets)
 */
public record ObjectChange(int step, MqObjectType type, String name, Kind kind, List<AttributeChange> changes) {

    public enum Kind {
        /** The object does not exist and the step creates it. */
        ADDED,
        /** The object exists and attributes change. */
        CHANGED,
        /** The object already is as the step wants it. */
        UNCHANGED,
        /** The step removes the object. */
        REMOVED,
        /** The step needs an object that does not exist (ALTER, REMOVE): the queue manager will refuse it. */
        MISSING,
        /** The step changes no object (REFRESH SECURITY) or runs where the key repository is. */
        ACTION
    }

    /** One attribute: as read, and as the plan wants it ("" for not set). */
    public record AttributeChange(String keyword, String before, String after) {
    }

    public ObjectChange {
        changes = List.copyOf(changes);
    }

    /** "step 2: change channel APP.SVRCONN: SSLCIPH '' -> 'ANY_TLS13_OR_HIGHER'", for reports and logs. */
    public String describe() {
        String object = name.isEmpty() ? type.noun() : type.noun() + " " + name; //$NON-NLS-1$
        String attributes = changes.stream().map(c -> NLS.bind(PlanMessages.Change_attribute, new Object[] { c.keyword(), c.before(), c.after() }))
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
        String kind = switch (this.kind) {
            case ADDED -> PlanMessages.Change_added;
            case CHANGED -> PlanMessages.Change_changed;
            case UNCHANGED -> PlanMessages.Change_unchanged;
            case REMOVED -> PlanMessages.Change_removed;
            case MISSING -> PlanMessages.Change_missing;
            case ACTION -> PlanMessages.Change_action;
        };
        String text = NLS.bind(kind, step, object);
        return attributes.isEmpty() || this.kind == Kind.UNCHANGED ? text : text + ": " + attributes; //$NON-NLS-1$
    }
}
