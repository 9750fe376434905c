package org.mqsec.core.plan;

import java.util.List;

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
}
