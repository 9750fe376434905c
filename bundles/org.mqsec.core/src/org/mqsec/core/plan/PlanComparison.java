package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.mqsc.MqField;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.plan.ObjectChange.AttributeChange;
import org.mqsec.core.plan.ObjectChange.Kind;

/**
 * A plan compared with a queue manager's state: what each step would change, step after step (a
 * record a step removes can be added again by a later one), and the state the plan should leave
 * behind, which the executor compares with what it reads after applying.
 *
 * @param expected the state after every queue manager step
 */
public record PlanComparison(List<ObjectChange> changes, QueueManagerState expected) {

    public PlanComparison {
        changes = List.copyOf(changes);
    }

    /** Whether applying the plan would change nothing. */
    public boolean nothingToDo() {
        return changes.stream().allMatch(c -> c.kind() == Kind.UNCHANGED);
    }

    /** The changes of the kinds given. */
    public List<ObjectChange> of(Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return changes.stream().filter(c -> wanted.contains(c.kind())).toList();
    }

    public static PlanComparison compare(Plan plan, QueueManagerState state) {
        List<ObjectChange> changes = new ArrayList<>();
        QueueManagerState current = state;
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            Result result = apply(current, step, i + 1);
            changes.addAll(result.changes());
            current = result.state();
        }
        return new PlanComparison(changes, current);
    }

    /** What one step does to a state: the changes and the state after it. */
    public record Result(List<ObjectChange> changes, QueueManagerState state) {
    }

    public static Result apply(QueueManagerState state, PlanStep step, int number) {
        if (step instanceof AlterQueueManager qmgr) {
            MqObject before = state.queueManager();
            MqObject after = merged(before, qmgr.attributes());
            List<AttributeChange> changed = changed(MqObjectType.QMGR, before, after);
            return new Result(List.of(new ObjectChange(number, MqObjectType.QMGR, before.name(), changed.isEmpty() ? Kind.UNCHANGED
                    : Kind.CHANGED, changed)), with(state, after));
        }
        if (step instanceof ChannelStep channel) {
            return channel(state, channel, number);
        }
        if (step instanceof ChlauthStep chlauth) {
            return chlauth(state, chlauth, number);
        }
        if (step instanceof PolicyStep policy) {
            return policy(state, policy, number);
        }
        String name = step instanceof RefreshSecurity ? state.name()
                : step instanceof KeyRingStep ring ? ring.command().ring() + ring.command().label() : ((KeyRepositoryStep) step).file();
        MqObjectType type = MqObjectType.QMGR;
        return new Result(List.of(new ObjectChange(number, type, name, Kind.ACTION, List.of())), state);
    }

    private static Result channel(QueueManagerState state, ChannelStep step, int number) {
        Map<String, List<String>> wanted = new LinkedHashMap<>();
        wanted.put("CHLTYPE", List.of(step.channelType())); //$NON-NLS-1$
        wanted.putAll(step.attributes());
        MqObject before = state.channel(step.name()).orElse(null);
        if (before == null && step.mode() == ChannelStep.Mode.ALTER) {
            return new Result(List.of(new ObjectChange(number, MqObjectType.CHANNEL, step.name(), Kind.MISSING, List.of())), state);
        }
        MqObject after = before == null ? new MqObject(MqObjectType.CHANNEL, step.name(), wanted) : merged(before, wanted);
        List<MqObject> channels = replaced(state.channels(), step.name(), after);
        QueueManagerState next = new QueueManagerState(state.source(), state.queueManager(), channels, state.chlauth(), state.authinfos(),
                state.policies(), state.channelStatus(), state.problems());
        if (before == null) {
            return new Result(List.of(new ObjectChange(number, MqObjectType.CHANNEL, step.name(), Kind.ADDED, added(after))), next);
        }
        List<AttributeChange> changed = changed(MqObjectType.CHANNEL, before, after);
        return new Result(List.of(new ObjectChange(number, MqObjectType.CHANNEL, step.name(), changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                changed)), next);
    }

    private static Result policy(QueueManagerState state, PolicyStep step, int number) {
        MqObject before = state.policy(step.name()).orElse(null);
        List<MqObject> policies = new ArrayList<>(state.policies());
        policies.removeIf(p -> p.name().equals(step.name()));
        ObjectChange change;
        if (step.mode() == PolicyStep.Mode.DELETE) {
            change = new ObjectChange(number, MqObjectType.POLICY, step.name(), before == null ? Kind.MISSING : Kind.REMOVED, List.of());
        } else {
            // SET POLICY ... ACTION(REPLACE): the policy becomes exactly what the step says
            MqObject after = new MqObject(MqObjectType.POLICY, step.name(), step.attributes());
            policies.add(after);
            List<AttributeChange> changed = before == null ? added(after) : changed(MqObjectType.POLICY, before, after);
            change = new ObjectChange(number, MqObjectType.POLICY, step.name(), before == null ? Kind.ADDED
                    : changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, changed);
        }
        return new Result(List.of(change), new QueueManagerState(state.source(), state.queueManager(), state.channels(), state.chlauth(),
                state.authinfos(), policies, state.channelStatus(), state.problems()));
    }

    private static Result chlauth(QueueManagerState state, ChlauthStep step, int number) {
        ChlauthRecord record = step.record();
        List<ObjectChange> changes = new ArrayList<>();
        ChlauthRecord before = state.chlauth().stream().filter(record::sameRecordAs).findFirst().orElse(null);
        switch (step.action()) {
            case ADD, REPLACE -> {
                if (before == null) {
                    changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, record.describe(), Kind.ADDED, chlauthChanges(null, record)));
                } else if (step.action() == ChlauthAction.ADD && !chlauthChanges(before, record).isEmpty()) {
                    changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, record.describe(), Kind.CHANGED, List.of(
                            new AttributeChange("ACTION", "", "ADD (the record exists: the queue manager refuses it)")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                } else {
                    List<AttributeChange> changed = chlauthChanges(before, record);
                    changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, record.describe(), changed.isEmpty() ? Kind.UNCHANGED
                            : Kind.CHANGED, changed));
                }
            }
            case REMOVE -> changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, record.describe(), before == null ? Kind.MISSING
                    : Kind.REMOVED, List.of()));
            case REMOVEALL -> state.chlauth().stream().filter(r -> r.profile().equals(record.profile()) && r.type() == record.type())
                    .forEach(r -> changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, r.describe(), Kind.REMOVED, List.of())));
        }
        if (changes.isEmpty()) {
            changes.add(new ObjectChange(number, MqObjectType.CHLAUTH, record.describe(), Kind.UNCHANGED, List.of()));
        }
        ChlauthRecordChanges.Applied applied = ChlauthRecordChanges.apply(state.chlauth(), step.action(), record);
        return new Result(changes, new QueueManagerState(state.source(), state.queueManager(), state.channels(), applied.records(),
                state.authinfos(), state.policies(), state.channelStatus(), state.problems()));
    }

    /** Attribute by attribute, as SET CHLAUTH writes them (ACTION aside). */
    private static List<AttributeChange> chlauthChanges(ChlauthRecord before, ChlauthRecord after) {
        Map<String, List<String>> old = before == null ? Map.of() : before.toMqsc().parameters();
        Map<String, List<String>> now = after.toMqsc().parameters();
        List<AttributeChange> changes = new ArrayList<>();
        for (String keyword : merge(old, now).keySet()) {
            if ("ACTION".equals(keyword)) { //$NON-NLS-1$
                continue;
            }
            String a = String.join(",", old.getOrDefault(keyword, List.of())); //$NON-NLS-1$
            String b = String.join(",", now.getOrDefault(keyword, List.of())); //$NON-NLS-1$
            if (!a.equals(b)) {
                changes.add(new AttributeChange(keyword, a, b));
            }
        }
        return changes;
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> all = new LinkedHashMap<>(b);
        a.forEach(all::putIfAbsent);
        return all;
    }

    private static MqObject merged(MqObject before, Map<String, List<String>> attributes) {
        Map<String, List<String>> all = new LinkedHashMap<>(before.attributes());
        all.putAll(attributes);
        return new MqObject(before.type(), before.name(), all);
    }

    private static List<MqObject> replaced(List<MqObject> objects, String name, MqObject object) {
        List<MqObject> all = new ArrayList<>(objects);
        all.removeIf(o -> o.name().equals(name));
        all.add(object);
        return all;
    }

    private static QueueManagerState with(QueueManagerState state, MqObject qmgr) {
        return new QueueManagerState(state.source(), qmgr, state.channels(), state.chlauth(), state.authinfos(), state.policies(),
                state.channelStatus(), state.problems());
    }

    private static List<AttributeChange> added(MqObject object) {
        List<AttributeChange> changes = new ArrayList<>();
        object.attributes().forEach((k, v) -> changes.add(new AttributeChange(k, "", String.join(",", v)))); //$NON-NLS-1$ //$NON-NLS-2$
        return changes;
    }

    /** The attributes whose values differ, compared as MQ holds them (words in any case, numbers as numbers, lists in any order). */
    static List<AttributeChange> changed(MqObjectType type, MqObject before, MqObject after) {
        List<AttributeChange> changes = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : after.attributes().entrySet()) {
            String keyword = entry.getKey();
            List<String> old = before.attributes().getOrDefault(keyword, List.of());
            if (!same(MqSchema.field(type, keyword).orElse(null), old, entry.getValue())) {
                changes.add(new AttributeChange(keyword, String.join(",", old), String.join(",", entry.getValue()))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return changes;
    }

    static boolean same(MqField field, List<String> a, List<String> b) {
        List<String> x = normal(field, a);
        List<String> y = normal(field, b);
        if (field != null && (field.kind() == MqField.Kind.WORD_LIST || field.kind() == MqField.Kind.STRING_REPEATED)) {
            return new HashSet<>(x).equals(new HashSet<>(y));
        }
        return x.equals(y);
    }

    private static List<String> normal(MqField field, List<String> values) {
        List<String> normal = new ArrayList<>();
        for (String value : values) {
            for (String part : field != null && field.kind() == MqField.Kind.WORD_LIST ? value.split(",") : new String[] { value }) { //$NON-NLS-1$
                String v = part.stripTrailing();
                if (field != null && field.bare()) {
                    v = v.strip().toUpperCase(Locale.ROOT);
                    if (field.kind() == MqField.Kind.INTEGER) {
                        v = field.value(v).map(w -> Integer.toString(w.number())).orElse(v);
                    }
                }
                if (!v.isEmpty()) {
                    normal.add(v);
                }
            }
        }
        return normal;
    }
}
