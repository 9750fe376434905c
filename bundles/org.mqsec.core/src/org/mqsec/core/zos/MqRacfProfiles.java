package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The RACF profiles that secure a z/OS queue manager for a set of groups, as the JSON document
 * {@code mqsec zos profiles} reads, and the RDEFINE/PERMIT commands that make them (seed 000's
 * "MQ Security Profiles": {@code PERMIT ZQS3.BATCH CLASS(MQCONN) ID(MQSTC,MQUSERS) ACC(READ)},
 * {@code PERMIT ZQS3.DEFINE.** CLASS(MQCMDS) ...}, queue profiles with {@code PERMIT ... RESET}
 * first). Each profile is defined with UACC(NONE), its access list reset and then given exactly the
 * listed IDs, so the job can run again to the same result; switches named in {@code switchesOff}
 * get their {@code hlq.NO.xxx.CHECKS} profile; a SETROPTS RACLIST REFRESH of the classes used ends it.
 *
 * @param subsystem   the queue manager's subsystem name (1-4 characters), the profiles' first qualifier
 * @param owner       OWNER of the profiles defined; empty for RACF's default (the job's user)
 * @param mixedCase   the queue manager uses mixed-case classes (MXQUEUE, MXADMIN) — CSQH002I / DISPLAY SECURITY's CSQH037I
 * @param connections connection type (BATCH, CICS, IMS, CHIN) to the IDs given READ on {@code ssid.type} in MQCONN
 * @param commands    MQCMDS profiles ({@code verb.noun}, generic allowed) and who has what access
 * @param queues      queue profiles (MQQUEUE or MXQUEUE) and who has what access
 * @param topics      MXTOPIC profiles ({@code SUBSCRIBE.topic-object}, {@code PUBLISH.topic-object}) and who has what access
 * @param switchesOff switches to turn off, by their DISPLAY SECURITY name (CONTEXT, ALTERNATE USER...)
 */
public record MqRacfProfiles(String subsystem, String owner, boolean mixedCase, Map<String, List<String>> connections, List<Access> commands,
        List<Access> queues, List<Access> topics, List<String> switchesOff) {

    public static final String SUBSYSTEM = "ZOS_SUBSYSTEM_NAME"; //$NON-NLS-1$
    public static final String ACCESS = "ZOS_ACCESS"; //$NON-NLS-1$
    public static final String CONNECTION_TYPE = "ZOS_CONNECTION_TYPE"; //$NON-NLS-1$
    public static final String SWITCH = "ZOS_SWITCH_NAME"; //$NON-NLS-1$
    public static final String NO_IDS = "ZOS_NO_IDS"; //$NON-NLS-1$
    public static final String SWITCH_OFF = "ZOS_SWITCH_TURNED_OFF"; //$NON-NLS-1$
    public static final String REFRESH = "ZOS_REFRESH_SECURITY"; //$NON-NLS-1$
    public static final String UNREADABLE = "ZOS_PROFILES_UNREADABLE"; //$NON-NLS-1$

    private static final Set<String> ACCESSES = Set.of("NONE", "READ", "UPDATE", "CONTROL", "ALTER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> CONNECTION_TYPES = Set.of("BATCH", "CICS", "IMS", "CHIN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** A profile (without the subsystem qualifier) and the IDs that get {@code access} to it. */
    public record Access(String profile, List<String> ids, String access) {
        public Access {
            profile = profile == null ? "" : profile; //$NON-NLS-1$
            ids = ids == null ? List.of() : List.copyOf(ids);
            access = access == null ? "" : access; //$NON-NLS-1$
        }
    }

    public MqRacfProfiles {
        subsystem = subsystem == null ? "" : subsystem; //$NON-NLS-1$
        owner = owner == null ? "" : owner; //$NON-NLS-1$
        connections = connections == null ? Map.of() : new LinkedHashMap<>(connections);
        commands = commands == null ? List.of() : List.copyOf(commands);
        queues = queues == null ? List.of() : List.copyOf(queues);
        topics = topics == null ? List.of() : List.copyOf(topics);
        switchesOff = switchesOff == null ? List.of() : List.copyOf(switchesOff);
    }

    /**
     * Reads the JSON document.
     *
     * @throws IllegalArgumentException saying what in it is not JSON of this shape
     */
    public static MqRacfProfiles read(String json) {
        try {
            MqRacfProfiles profiles = new Gson().fromJson(json, MqRacfProfiles.class);
            if (profiles == null) {
                throw new IllegalArgumentException(ZosMessages.bind(ZosMessages.Profiles_unreadable, ZosMessages.Profiles_empty));
            }
            return profiles;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException(ZosMessages.bind(ZosMessages.Profiles_unreadable, e.getMessage()), e);
        }
    }

    /** The queue class: MQQUEUE, or MXQUEUE for mixed-case queue managers. */
    public String queueClass() {
        return mixedCase ? "MXQUEUE" : "MQQUEUE"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The class of the switch profiles: MQADMIN, or MXADMIN for mixed-case queue managers. */
    public String adminClass() {
        return mixedCase ? "MXADMIN" : "MQADMIN"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What keeps the profiles from being written, and what they turn off. */
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        String ssid = RacfNames.upper(subsystem);
        if (!ssid.matches("[A-Z@#$][A-Z0-9@#$]{0,3}")) { //$NON-NLS-1$
            findings.add(Finding.error(SUBSYSTEM, "subsystem", ZosMessages.bind(ZosMessages.Profiles_subsystem, RacfNames.shown(subsystem)), //$NON-NLS-1$
                    ZosMessages.Profiles_subsystemFix));
        }
        if (!owner.isEmpty()) {
            findings.addAll(RacfNames.userId("owner", owner)); //$NON-NLS-1$
        }
        for (Map.Entry<String, List<String>> entry : connections.entrySet()) {
            String type = RacfNames.upper(entry.getKey());
            if (!CONNECTION_TYPES.contains(type)) {
                findings.add(Finding.error(CONNECTION_TYPE, "connections", ZosMessages.bind(ZosMessages.Profiles_connectionType, //$NON-NLS-1$
                        RacfNames.shown(entry.getKey())), ZosMessages.Profiles_connectionTypeFix));
            }
            findings.addAll(ids("connections." + type, entry.getValue())); //$NON-NLS-1$
        }
        findings.addAll(accesses("commands", commands, false)); //$NON-NLS-1$
        findings.addAll(accesses("queues", queues, mixedCase)); //$NON-NLS-1$
        findings.addAll(accesses("topics", topics, true)); //$NON-NLS-1$
        for (String name : switchesOff) {
            java.util.Optional<SecuritySwitch> known = SecuritySwitch.named(name);
            if (known.isEmpty() || known.get() == SecuritySwitch.QMGR || known.get() == SecuritySwitch.QSG) {
                findings.add(Finding.error(SWITCH, "switchesOff", ZosMessages.bind(ZosMessages.Profiles_switch, RacfNames.shown(name)), //$NON-NLS-1$
                        ZosMessages.Profiles_switchFix));
            } else {
                SecuritySwitch off = known.get();
                findings.add(new Finding(SWITCH_OFF, off.whenOff(), off.displayName(), ZosMessages.bind(ZosMessages.Profiles_switchOff,
                        off.offProfile(ssid), off.explanation(false)),
                        ZosMessages.Profiles_switchOffFix));
            }
        }
        if (!Finding.hasErrors(findings)) {
            findings.add(Finding.info(REFRESH, "", ZosMessages.bind(ZosMessages.Profiles_refresh, String.join(" ", classes())), //$NON-NLS-1$ //$NON-NLS-2$
                    ZosMessages.Profiles_refreshFix));
        }
        return findings;
    }

    private List<Finding> accesses(String field, List<Access> accesses, boolean mixed) {
        List<Finding> findings = new ArrayList<>();
        for (Access access : accesses) {
            findings.addAll(RacfNames.profile(field, RacfNames.upper(subsystem) + '.' + access.profile(), mixed));
            if (!ACCESSES.contains(access.access().toUpperCase(Locale.ROOT))) {
                findings.add(Finding.error(ACCESS, field, ZosMessages.bind(ZosMessages.Profiles_access, access.profile(), RacfNames.shown(access.access())),
                        ZosMessages.Profiles_accessFix));
            }
            findings.addAll(ids(field + '.' + access.profile(), access.ids()));
        }
        return findings;
    }

    private static List<Finding> ids(String field, List<String> ids) {
        List<Finding> findings = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            findings.add(Finding.error(NO_IDS, field, ZosMessages.bind(ZosMessages.Profiles_noIds, field), ZosMessages.Profiles_noIdsFix));
            return findings;
        }
        for (String id : ids) {
            findings.addAll(RacfNames.userId(field, id));
        }
        return findings;
    }

    /** The classes the commands change, in the order they are used. */
    public List<String> classes() {
        Set<String> classes = new LinkedHashSet<>();
        if (!connections.isEmpty()) {
            classes.add("MQCONN"); //$NON-NLS-1$
        }
        if (!commands.isEmpty()) {
            classes.add("MQCMDS"); //$NON-NLS-1$
        }
        if (!queues.isEmpty()) {
            classes.add(queueClass());
        }
        if (!topics.isEmpty()) {
            classes.add("MXTOPIC"); //$NON-NLS-1$
        }
        if (!switchesOff.isEmpty()) {
            classes.add(adminClass());
        }
        return List.copyOf(classes);
    }

    /**
     * The TSO commands, in the order: connection, command, queue and topic profiles, switch
     * profiles, then the refresh.
     *
     * @throws IllegalArgumentException with the first error of {@link #check()}
     */
    public List<String> tsoCommands() {
        for (Finding finding : check()) {
            if (finding.severity() == org.mqsec.core.findings.Severity.ERROR) {
                throw new IllegalArgumentException(finding.message() + ' ' + finding.fix());
            }
        }
        String ssid = RacfNames.upper(subsystem);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : connections.entrySet()) {
            profile(out, "MQCONN", ssid + '.' + RacfNames.upper(entry.getKey()), entry.getValue(), "READ"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Access access : commands) {
            profile(out, "MQCMDS", ssid + '.' + access.profile(), access.ids(), access.access()); //$NON-NLS-1$
        }
        for (Access access : queues) {
            profile(out, queueClass(), ssid + '.' + access.profile(), access.ids(), access.access());
        }
        for (Access access : topics) {
            profile(out, "MXTOPIC", ssid + '.' + access.profile(), access.ids(), access.access()); //$NON-NLS-1$
        }
        for (String name : switchesOff) {
            out.add(define(adminClass(), SecuritySwitch.named(name).orElseThrow().offProfile(ssid)));
        }
        out.add("SETROPTS RACLIST(" + String.join(" ", classes()) + ") REFRESH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return out;
    }

    private void profile(List<String> out, String racfClass, String profile, List<String> ids, String access) {
        out.add(define(racfClass, profile));
        out.add("PERMIT " + profile + " CLASS(" + racfClass + ") RESET"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.add("PERMIT " + profile + " CLASS(" + racfClass + ") ID(" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.join(",", ids.stream().map(RacfNames::upper).toList()) + ") ACCESS(" + access.toUpperCase(Locale.ROOT) + ')'); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String define(String racfClass, String profile) {
        return "RDEFINE " + racfClass + ' ' + profile + " UACC(NONE)" + (owner.isEmpty() ? "" : " OWNER(" + RacfNames.upper(owner) + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
