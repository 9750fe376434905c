package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.internal.PlanMessages;
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

    /**
     * Where a state read after applying the plan differs from the state this comparison expected,
     * for each object a step touches: the change still needed to make it so (ADDED: planned but not
     * there; REMOVED: there but removed by the plan; CHANGED: attributes as read, then as planned),
     * numbered by the last step that touches it. The end states are compared, not the steps again,
     * so that a record removed and then added back by a later step is as planned.
     */
    public List<ObjectChange> differences(Plan plan, QueueManagerState actual) {
        Map<String, ObjectChange> found = new LinkedHashMap<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            int number = i + 1;
            PlanStep step = plan.steps().get(i);
            if (step instanceof AlterQueueManager qmgr) {
                Map<String, List<String>> named = new LinkedHashMap<>(expected.queueManager().attributes());
                named.keySet().retainAll(qmgr.attributes().keySet());
                difference(found, number, MqObjectType.QMGR, "", //$NON-NLS-1$
                        new MqObject(MqObjectType.QMGR, expected.queueManager().name(), named), actual.queueManager());
            } else if (step instanceof ChannelStep channel) {
                difference(found, number, MqObjectType.CHANNEL, channel.name(), expected.channel(channel.name()).orElse(null),
                        actual.channel(channel.name()).orElse(null));
            } else if (step instanceof PolicyStep policy) {
                difference(found, number, MqObjectType.POLICY, policy.name(), expected.policy(policy.name()).orElse(null),
                        actual.policy(policy.name()).orElse(null));
            } else if (step instanceof ChlauthStep chlauth) {
                ChlauthRecord touched = chlauth.record();
                Predicate<ChlauthRecord> matches = chlauth.action() == ChlauthAction.REMOVEALL
                        ? r -> r.profile().equals(touched.profile()) && r.type() == touched.type()
                        : touched::sameRecordAs;
                List<ChlauthRecord> wanted = expected.chlauth().stream().filter(matches).toList();
                List<ChlauthRecord> read = actual.chlauth().stream().filter(matches).toList();
                for (ChlauthRecord want : wanted) {
                    ChlauthRecord have = read.stream().filter(want::sameRecordAs).findFirst().orElse(null);
                    List<AttributeChange> changed = chlauthChanges(have, want);
                    String key = MqObjectType.CHLAUTH + want.describe();
                    found.remove(key);
                    if (have == null || !changed.isEmpty()) {
                        found.put(key, new ObjectChange(number, MqObjectType.CHLAUTH, want.describe(), have == null ? Kind.ADDED : Kind.CHANGED,
                                changed));
                    }
                }
                for (ChlauthRecord have : read) {
                    if (wanted.stream().noneMatch(have::sameRecordAs)) {
                        found.remove(MqObjectType.CHLAUTH + have.describe());
                        found.put(MqObjectType.CHLAUTH + have.describe(), new ObjectChange(number, MqObjectType.CHLAUTH, have.describe(),
                                Kind.REMOVED, List.of()));
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void difference(Map<String, ObjectChange> found, int number, MqObjectType type, String name, MqObject wanted,
            MqObject read) {
        String key = type + name;
        found.remove(key);
        if (wanted == null && read != null) {
            found.put(key, new ObjectChange(number, type, name, Kind.REMOVED, List.of()));
        } else if (wanted != null && read == null) {
            found.put(key, new ObjectChange(number, type, name, Kind.ADDED, added(wanted)));
        } else if (wanted != null) {
            List<AttributeChange> changed = changed(type, read, wanted);
            if (!changed.isEmpty()) {
                found.put(key, new ObjectChange(number, type, name, Kind.CHANGED, changed));
            }
        }
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
        List<AttributeChange> reset = new ArrayList<>();
        MqObject after = before == null ? new MqObject(MqObjectType.CHANNEL, step.name(), wanted)
                : step.mode() == ChannelStep.Mode.DEFINE ? redefined(state, step, before, wanted, reset) : merged(before, wanted);
        List<MqObject> channels = replaced(state.channels(), step.name(), after);
        QueueManagerState next = new QueueManagerState(state.source(), state.queueManager(), channels, state.chlauth(), state.authinfos(),
                state.policies(), state.channelStatus(), state.problems());
        if (before == null) {
            return new Result(List.of(new ObjectChange(number, MqObjectType.CHANNEL, step.name(), Kind.ADDED, added(after))), next);
        }
        List<AttributeChange> changed = new ArrayList<>(changed(MqObjectType.CHANNEL, before, after));
        changed.addAll(reset);
        return new Result(List.of(new ObjectChange(number, MqObjectType.CHANNEL, step.name(), changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                changed)), next);
    }

    /**
     * An existing channel after DEFINE ... REPLACE: every attribute the step does not name takes the
     * value of the type's default channel (SYSTEM.DEF.SVRCONN ...), as ALTER would not. When the
     * state does not hold that channel (a dump written without SYSTEM objects), an attribute the
     * step does not name and the channel has set is said to be reset, to a value the comparison
     * cannot know, and left out of the state expected afterwards.
     */
    private static MqObject redefined(QueueManagerState state, ChannelStep step, MqObject before, Map<String, List<String>> wanted,
            List<AttributeChange> unknown) {
        MqObject defaults = state.channel(step.defaultChannel()).orElse(null);
        Map<String, List<String>> all = new LinkedHashMap<>();
        if (defaults != null) {
            all.putAll(defaults.attributes());
            before.attributes().keySet().forEach(keyword -> all.putIfAbsent(keyword, List.of()));
        } else {
            before.attributes().forEach((keyword, values) -> {
                if (!wanted.containsKey(keyword) && !String.join("", values).isBlank()) { //$NON-NLS-1$
                    unknown.add(new AttributeChange(keyword, String.join(",", values), //$NON-NLS-1$
                            PlanMessages.bind(PlanMessages.Change_resetToDefault, step.defaultChannel())));
                }
            });
        }
        all.putAll(wanted);
        return new MqObject(MqObjectType.CHANNEL, step.name(), all);
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
