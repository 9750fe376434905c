package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CHLAUTH records as changes: the fewest SET CHLAUTH commands that turn the set a queue manager has
 * into an edited one, and what each command does to a set (as the queue manager does it: ADD refuses
 * an existing record, REMOVE a missing one).
 */
public final class ChlauthRecordChanges {

    /** MQRCCF_CHLAUTH_ALREADY_EXISTS: ACTION(ADD) of a record the set has. */
    public static final int ALREADY_EXISTS = 3337;
    /** MQRCCF_CHLAUTH_NOT_FOUND: ACTION(REMOVE) of a record the set does not have. */
    public static final int NOT_FOUND = 3338;

    /** A change to one record. */
    public record Change(ChlauthAction action, ChlauthRecord record) {
    }

    /** The set after a command, or the reason code the queue manager refuses it with (0 when it does not). */
    public record Applied(List<ChlauthRecord> records, int reason) {
    }

    private ChlauthRecordChanges() {
    }

    /**
     * The changes from {@code read} to {@code edited}: records gone are removed first (so that a
     * record whose address range moved cannot overlap its old self, MQRCCF_IPADDR_RANGE_CONFLICT),
     * then records that differ are replaced and new ones added. Records equal in both are left alone.
     */
    public static List<Change> between(List<ChlauthRecord> read, List<ChlauthRecord> edited) {
        List<Change> removes = new ArrayList<>();
        List<Change> replaces = new ArrayList<>();
        List<Change> adds = new ArrayList<>();
        for (ChlauthRecord old : read) {
            if (edited.stream().noneMatch(old::sameRecordAs)) {
                removes.add(new Change(ChlauthAction.REMOVE, old));
            }
        }
        for (ChlauthRecord wanted : edited) {
            Optional<ChlauthRecord> old = read.stream().filter(wanted::sameRecordAs).findFirst();
            if (old.isEmpty()) {
                adds.add(new Change(ChlauthAction.ADD, wanted));
            } else if (!old.get().toMqsc().toString().equals(wanted.toMqsc().toString())) {
                replaces.add(new Change(ChlauthAction.REPLACE, wanted));
            }
        }
        List<Change> all = new ArrayList<>(removes);
        all.addAll(replaces);
        all.addAll(adds);
        return all;
    }

    /** {@code records} after one SET CHLAUTH with {@code action}, as a queue manager would carry it out. */
    public static Applied apply(List<ChlauthRecord> records, ChlauthAction action, ChlauthRecord record) {
        List<ChlauthRecord> after = new ArrayList<>(records);
        int index = indexOf(after, record);
        switch (action) {
            case ADD -> {
                if (index >= 0) {
                    return new Applied(records, ALREADY_EXISTS);
                }
                after.add(record);
            }
            case REPLACE -> {
                if (index >= 0) {
                    after.set(index, record);
                } else {
                    after.add(record);
                }
            }
            case REMOVE -> {
                if (index < 0) {
                    return new Applied(records, NOT_FOUND);
                }
                after.remove(index);
            }
            case REMOVEALL -> after.removeIf(r -> r.profile().equals(record.profile()) && r.type() == record.type());
        }
        return new Applied(List.copyOf(after), 0);
    }

    private static int indexOf(List<ChlauthRecord> records, ChlauthRecord record) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).sameRecordAs(record)) {
                return i;
            }
        }
        return -1;
    }
}
