package org.mqsec.ui.internal.chlauth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.chlauth.ChlauthType;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;

/**
 * The record set the channel authentication view shows and edits: the records (each in a {@link Row}
 * so that two equal records stay two rows), what the last import could not read, and the findings
 * worked out from the records as they are now. Plain Java, used on the UI thread.
 */
final class RecordSetModel {

    /** One record in the set; identity, not the record's value, tells rows apart. */
    static final class Row {
        private ChlauthRecord record;

        Row(ChlauthRecord record) {
            this.record = record;
        }

        ChlauthRecord record() {
            return record;
        }
    }

    /** A channel profile and one type of record on it: the tree's middle level. */
    record TypeGroup(String profile, ChlauthType type, List<Row> rows) {
    }

    /** A channel profile: the tree's top level. */
    record ProfileGroup(String profile, List<TypeGroup> types) {
    }

    private final List<Row> rows = new ArrayList<>();
    private List<Finding> unreadable = List.of();
    private boolean chlauthDisabled;
    private String source = ""; //$NON-NLS-1$
    private boolean edited;
    private Set<String> privilegedUsers = RuncheckSimulator.DEFAULT_PRIVILEGED_USERS;

    void load(ChlauthRecordSet set, String from) {
        rows.clear();
        set.records().forEach(record -> rows.add(new Row(record)));
        unreadable = set.unreadable();
        chlauthDisabled = set.chlauthDisabled();
        source = from;
        edited = false;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<ChlauthRecord> records() {
        return rows.stream().map(Row::record).toList();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** What the last import could not read. */
    List<Finding> unreadable() {
        return unreadable;
    }

    boolean chlauthDisabled() {
        return chlauthDisabled;
    }

    String source() {
        return edited ? Messages.bind(Messages.View_sourceEdited, source) : source;
    }

    Set<String> privilegedUsers() {
        return privilegedUsers;
    }

    /** @param users comma-separated user names, as typed */
    void setPrivilegedUsers(String users) {
        privilegedUsers = RuncheckSimulator.privilegedUsers(users);
    }

    Row add(ChlauthRecord record) {
        Row row = new Row(record);
        rows.add(row);
        edited = true;
        return row;
    }

    void replace(Row row, ChlauthRecord record) {
        row.record = record;
        edited = true;
    }

    void remove(Row row) {
        rows.remove(row);
        edited = true;
    }

    /** Whether another row already holds a record with the same identity (ACTION(ADD) would fail). */
    boolean hasOther(Row except, ChlauthRecord record) {
        return rows.stream().anyMatch(row -> row != except && row.record().sameRecordAs(record));
    }

    /** Profiles in name order, then types in MQ's order, then the rows as given. */
    List<ProfileGroup> groups() {
        TreeMap<String, TreeMap<ChlauthType, List<Row>>> byProfile = new TreeMap<>();
        for (Row row : rows) {
            byProfile.computeIfAbsent(row.record().profile(), p -> new TreeMap<>())
                    .computeIfAbsent(row.record().type(), t -> new ArrayList<>()).add(row);
        }
        List<ProfileGroup> groups = new ArrayList<>();
        byProfile.forEach((profile, types) -> groups.add(new ProfileGroup(profile,
                types.entrySet().stream().map(e -> new TypeGroup(profile, e.getKey(), e.getValue())).toList())));
        return groups;
    }

    /** What is wrong with one record as it is now: MQ's rules, its DNs, and what it leaves open. */
    List<Finding> findings(ChlauthRecord record) {
        List<Finding> findings = new ArrayList<>(record.validate(record.describe()));
        for (String dn : List.of(record.sslPeer(), record.sslCertIssuer())) {
            if (!dn.isEmpty()) {
                DistinguishedName.parse(dn).findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(findings::add);
            }
        }
        findings.addAll(ChlauthLint.lint(record, privilegedUsers));
        findings.sort(Comparator.comparing(Finding::severity));
        return findings;
    }

    /** The findings of the whole set: what the import could not read, then lint over the records as they are. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(unreadable);
        for (Row row : rows) {
            row.record().validate(row.record().describe()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).forEach(findings::add);
        }
        findings.addAll(ChlauthLint.lint(records(), chlauthDisabled, privilegedUsers));
        return findings;
    }

    RuncheckSimulator simulator() {
        return new RuncheckSimulator(records(), privilegedUsers);
    }

    String toMqsc() {
        return new ChlauthRecordSet(records(), List.of(), List.of(), chlauthDisabled).toMqsc();
    }

    /**
     * The script that turns {@code readBefore} (the records as read, or null) into this set: a
     * SET CHLAUTH ... ACTION(REMOVE) for each record no longer here, then every record with
     * ACTION(REPLACE).
     */
    String toMqsc(List<ChlauthRecord> readBefore) {
        StringBuilder script = new StringBuilder();
        if (readBefore != null) {
            ChlauthRecordChanges.between(readBefore, records()).stream().filter(change -> change.action() == ChlauthAction.REMOVE)
                    .forEach(change -> script.append(change.record().toMqsc(ChlauthAction.REMOVE)).append('\n'));
        }
        return script.append(toMqsc()).toString();
    }
}
