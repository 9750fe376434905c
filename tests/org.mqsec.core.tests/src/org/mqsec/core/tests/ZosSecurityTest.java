package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.core.tests.ZosRacfTest.codes;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.zos.DisplaySecurity;
import org.mqsec.core.zos.MqRacfProfiles;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.core.zos.SecuritySwitch;

/**
 * DISPLAY SECURITY read from IBM's documented sample and from seed 000's screens, and the MQ RACF
 * profiles written for the seed's groups (MQSTC, MQUSERS, MQSYSP).
 */
class ZosSecurityTest {

    /** IBM MQ 9.3 documentation, "Displaying security status" (q012020_), as reference mq-security.md section 6.4 quotes it. */
    static final String IBM_SAMPLE = String.join("\n", //$NON-NLS-1$
            "CSQH015I +CSQ1 Security timeout = 54 MINUTES", //$NON-NLS-1$
            "CSQH016I +CSQ1 Security interval = 12 MINUTES", //$NON-NLS-1$
            "CSQH030I +CSQ1 Security switches ...", //$NON-NLS-1$
            "CSQH034I +CSQ1 SUBSYSTEM: ON, 'SQ05.NO.SUBSYS.SECURITY' not found", //$NON-NLS-1$
            "CSQH032I +CSQ1 QMGR: ON, 'CSQ1.YES.QMGR.CHECKS' found", //$NON-NLS-1$
            "CSQH031I +CSQ1 QSG: OFF, 'SQ05.NO.QSG.CHECKS' found", //$NON-NLS-1$
            "CSQH031I +CSQ1 CONNECTION: OFF, 'CSQ1.NO.CONNECT.CHECKS' found", //$NON-NLS-1$
            "CSQH034I +CSQ1 COMMAND: ON, 'CSQ1.NO.COMMAND.CHECKS' not found", //$NON-NLS-1$
            "CSQH031I +CSQ1 CONTEXT: OFF, 'CSQ1.NO.CONTEXT.CHECKS' found", //$NON-NLS-1$
            "CSQH034I +CSQ1 ALTERNATE USER: ON, 'CSQ1.NO.ALTERNATE.USER.CHECKS' not found", //$NON-NLS-1$
            "CSQH034I +CSQ1 PROCESS: ON, 'CSQ1.NO.PROCESS.CHECKS' not found", //$NON-NLS-1$
            "CSQH034I +CSQ1 NAMELIST: ON, 'CSQ1.NO.NLIST.CHECKS' not found", //$NON-NLS-1$
            "CSQH034I +CSQ1 QUEUE: ON, 'CSQ1.NO.QUEUE.CHECKS' not found", //$NON-NLS-1$
            "CSQH034I +CSQ1 TOPIC: ON, 'CSQ1.NO.TOPIC.CHECKS' not found", //$NON-NLS-1$
            "CSQH031I +CSQ1 COMMAND RESOURCES: OFF, 'CSQ1.NO.CMD.RESC.CHECKS' found", //$NON-NLS-1$
            "CSQ9022I +CSQ1 CSQHPDTC ' DISPLAY SECURITY' NORMAL COMPLETION"); //$NON-NLS-1$

    /** Seed 000, "Concept check: enabling security": the response as the slide wraps it. */
    static final String SEED_DISPLAY = String.join("\n", //$NON-NLS-1$
            "ZQS1 DISPLAY SECURITY", //$NON-NLS-1$
            "CSQH015I ZQS1 Security timeout = 54 minutes", //$NON-NLS-1$
            "CSQH016I ZQS1 Security interval = 12 minutes", //$NON-NLS-1$
            "CSQH037I ZQS1 Security using uppercase classes", //$NON-NLS-1$
            "CSQH030I ZQS1 Security switches ...", //$NON-NLS-1$
            "CSQH031I ZQS1 SUBSYSTEM: OFF,", //$NON-NLS-1$
            "'ZQS1.NO.SUBSYS.SECURITY' found", //$NON-NLS-1$
            "CSQH040I ZQS1 Connection authentication ...", //$NON-NLS-1$
            "CSQH041I ZQS1 Client checks: OPTIONAL", //$NON-NLS-1$
            "CSQH042I ZQS1 Local bindings checks: OPTIONAL", //$NON-NLS-1$
            "CSQ9022I ZQS1 CSQHPDTC 'DISPLAY SECURITY' NORMAL", //$NON-NLS-1$
            "COMPLETION"); //$NON-NLS-1$

    /** Seed 000, "Enable security": the start-up messages after the profile was deleted, run together as the slide shows them. */
    static final String SEED_STARTUP = String.join("\n", //$NON-NLS-1$
            "CSQH024I ZQS1 CSQHINIT SUBSYSTEM security switch", //$NON-NLS-1$
            "set ON, profile 'ZQS1.NO.SUBSYS.SECURITY' not found", //$NON-NLS-1$
            "CSQH024I ZQS1 CSQHINIT CONNECTION security switch", //$NON-NLS-1$
            "set ON, profile 'ZQS1.NO.CONNECT.CHECKS' not found", //$NON-NLS-1$
            "CSQH024I ZQS1 CSQHINIT COMMAND security switch set", //$NON-NLS-1$
            "ON, profile 'ZQS1.NO.CMD.CHECKS' not found CSQH021I", //$NON-NLS-1$
            "ZQS1 CSQHINIT CONTEXT security switch set OFF,", //$NON-NLS-1$
            "profile 'ZQS1.NO.CONTEXT.CHECKS' found CSQH021I", //$NON-NLS-1$
            "ZQS1 CSQHINIT ALTERNATE USER security switch set", //$NON-NLS-1$
            "OFF, profile 'ZQS1.NO.ALTERNATE.USER.CHECKS' found", //$NON-NLS-1$
            "CSQH021I ZQS1 CSQHINIT COMMAND RESOURCES security", //$NON-NLS-1$
            "switch set OFF, profile 'ZQS1.NO.CMD.RESC.CHECKS'", //$NON-NLS-1$
            "found CSQH021I ZQS1 CSQHINIT PROCESS security", //$NON-NLS-1$
            "switch set OFF, profile 'ZQS1.NO.PROCESS.CHECKS'", //$NON-NLS-1$
            "found CSQH021I ZQS1 CSQHINIT NAMELIST security", //$NON-NLS-1$
            "switch set OFF, profile 'ZQS1.NO.NLIST.CHECKS'", //$NON-NLS-1$
            "found CSQH024I ZQS1 CSQHINIT QUEUE security switch", //$NON-NLS-1$
            "set ON, profile 'ZQS1.NO.QUEUE.CHECKS' not found", //$NON-NLS-1$
            "CSQH021I ZQS1 CSQHINIT TOPIC security switch set", //$NON-NLS-1$
            "OFF, profile 'ZQS1.NO.TOPIC.CHECKS' found"); //$NON-NLS-1$

    @Test
    void ibmsSampleGivesEverySwitchWithItsProfileAndTheChecksThatAreOff() {
        DisplaySecurity display = DisplaySecurity.read(IBM_SAMPLE);
        assertEquals("+CSQ1", display.prefix()); //$NON-NLS-1$
        assertEquals(54, display.timeout());
        assertEquals(12, display.interval());
        assertEquals(12, display.switches().size());
        DisplaySecurity.SwitchState connection = display.switches().get(3);
        assertEquals(SecuritySwitch.CONNECTION, connection.name().orElseThrow());
        assertFalse(connection.on());
        assertEquals("CSQ1.NO.CONNECT.CHECKS", connection.profile()); //$NON-NLS-1$
        assertTrue(connection.found());
        assertEquals("CSQH031I", connection.message()); //$NON-NLS-1$
        assertTrue(display.switches().get(1).on(), "QMGR on by its YES profile"); //$NON-NLS-1$
        // CONNECTION, CONTEXT and COMMAND RESOURCES off are warnings; QSG off is a note; no profile is misspelled
        assertEquals(List.of("CONNECTION", "CONTEXT", "COMMAND RESOURCES"), display.findings().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .filter(f -> f.severity() == Severity.WARNING).map(Finding::field).toList());
        assertEquals(Set.of(DisplaySecurity.SWITCH_OFF), codes(display.findings()));
        assertFalse(Finding.hasErrors(display.findings()));
    }

    @Test
    void theSeedsDisplayWrappedOverLinesSaysSubsystemSecurityIsOffAndClientChecksOptional() {
        DisplaySecurity display = DisplaySecurity.read(SEED_DISPLAY);
        assertEquals("ZQS1", display.prefix()); //$NON-NLS-1$
        assertEquals("UPPERCASE", display.classes()); //$NON-NLS-1$
        assertEquals("OPTIONAL", display.clientChecks()); //$NON-NLS-1$
        assertEquals("OPTIONAL", display.localChecks()); //$NON-NLS-1$
        assertEquals(1, display.switches().size());
        assertEquals("ZQS1.NO.SUBSYS.SECURITY", display.switches().get(0).profile()); //$NON-NLS-1$
        assertEquals(Set.of(DisplaySecurity.SUBSYSTEM_OFF, DisplaySecurity.CLIENT_CHECKS), codes(display.findings()));
        assertTrue(Finding.hasErrors(display.findings()));
    }

    @Test
    void theSeedsStartUpMessagesAreReadAndTheMisspelledCommandProfileIsPointedOut() {
        DisplaySecurity display = DisplaySecurity.read(SEED_STARTUP);
        assertEquals(10, display.switches().size(), display.switches().toString());
        assertEquals(List.of("SUBSYSTEM", "CONNECTION", "COMMAND", "CONTEXT", "ALTERNATE USER", "COMMAND RESOURCES", "PROCESS", "NAMELIST", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "QUEUE", "TOPIC"), display.switches().stream().map(DisplaySecurity.SwitchState::shownName).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        // the slide names ZQS1.NO.CMD.CHECKS; IBM documents the command switch as NO.COMMAND.CHECKS
        List<Finding> misspelled = display.findings().stream().filter(f -> f.code().equals(DisplaySecurity.PROFILE_NAME)).toList();
        assertEquals(1, misspelled.size(), display.findings().toString());
        assertEquals("COMMAND", misspelled.get(0).field()); //$NON-NLS-1$
        assertTrue(misspelled.get(0).message().contains("ZQS1.NO.COMMAND.CHECKS"), misspelled.get(0).message()); //$NON-NLS-1$
        assertEquals(6, display.findings().stream().filter(f -> f.code().equals(DisplaySecurity.SWITCH_OFF)).count());
    }

    @Test
    void textThatIsNotADisplayIsRefusedInWords() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DisplaySecurity.read("DISPLAY QMGR ALL\nAMQ8409I")); //$NON-NLS-1$
        assertTrue(refused.getMessage().contains("DISPLAY SECURITY"), refused.getMessage()); //$NON-NLS-1$
    }

    /** Seed 000's groups: MQSTC (started tasks), MQUSERS (people), MQSYSP (system programmers). */
    static final String SEED_GROUPS = """
            {"subsystem": "ZQS3", "owner": "SYS1",
             "connections": {"BATCH": ["MQSTC", "MQUSERS"], "CHIN": ["MQSTC"]},
             "commands": [{"profile": "DEFINE.**", "ids": ["MQSTC", "MQSYSP"], "access": "ALTER"}],
             "queues": [{"profile": "**", "ids": ["MQSTC"], "access": "READ"},
                        {"profile": "SYSTEM.**", "ids": ["MQSTC"], "access": "UPDATE"},
                        {"profile": "SYSTEM.CLUSTER.COMMAND.QUEUE", "ids": ["MQSTC"], "access": "ALTER"}],
             "topics": [{"profile": "SUBSCRIBE.PRICES", "ids": ["MQUSERS"], "access": "ALTER"}],
             "switchesOff": ["PROCESS", "NAMELIST"]}
            """;

    @Test
    void theSeedsGroupsBecomeItsRdefineAndPermitCommands() {
        MqRacfProfiles profiles = MqRacfProfiles.read(SEED_GROUPS);
        List<String> commands = profiles.tsoCommands();
        // seed: "PERMIT ZQS3.BATCH CLASS(MQCONN) ID(MQSTC,MQUSERS) ACC(READ)" (ACC abbreviates ACCESS)
        assertTrue(commands.contains("PERMIT ZQS3.BATCH CLASS(MQCONN) ID(MQSTC,MQUSERS) ACCESS(READ)"), commands.toString()); //$NON-NLS-1$
        // seed: "PERMIT ZQS3.DEFINE.** CLASS(MQCMDS) ID(MQSTC,MQSYSP) ACC(ALTER)"
        assertTrue(commands.contains("PERMIT ZQS3.DEFINE.** CLASS(MQCMDS) ID(MQSTC,MQSYSP) ACCESS(ALTER)"), commands.toString()); //$NON-NLS-1$
        // seed: "RDEFINE MQQUEUE ZQS3.SYSTEM.** OWNER(SYS1)", "PERMIT ZQS3.SYSTEM.** CLASS(MQQUEUE) RESET",
        // "PERMIT ZQS3.SYSTEM.** CLASS(MQQUEUE) ID(MQSTC) ACC(UPDATE)"; we add UACC(NONE)
        int define = commands.indexOf("RDEFINE MQQUEUE ZQS3.SYSTEM.** UACC(NONE) OWNER(SYS1)"); //$NON-NLS-1$
        assertTrue(define >= 0, commands.toString());
        assertEquals("PERMIT ZQS3.SYSTEM.** CLASS(MQQUEUE) RESET", commands.get(define + 1)); //$NON-NLS-1$
        assertEquals("PERMIT ZQS3.SYSTEM.** CLASS(MQQUEUE) ID(MQSTC) ACCESS(UPDATE)", commands.get(define + 2)); //$NON-NLS-1$
        assertTrue(commands.contains("PERMIT ZQS3.SYSTEM.CLUSTER.COMMAND.QUEUE CLASS(MQQUEUE) ID(MQSTC) ACCESS(ALTER)"), commands.toString()); //$NON-NLS-1$
        assertTrue(commands.contains("RDEFINE MXTOPIC ZQS3.SUBSCRIBE.PRICES UACC(NONE) OWNER(SYS1)"), commands.toString()); //$NON-NLS-1$
        assertTrue(commands.contains("RDEFINE MQADMIN ZQS3.NO.PROCESS.CHECKS UACC(NONE) OWNER(SYS1)"), commands.toString()); //$NON-NLS-1$
        assertTrue(commands.contains("RDEFINE MQADMIN ZQS3.NO.NLIST.CHECKS UACC(NONE) OWNER(SYS1)"), commands.toString()); //$NON-NLS-1$
        assertEquals("SETROPTS RACLIST(MQCONN MQCMDS MQQUEUE MXTOPIC MQADMIN) REFRESH", commands.get(commands.size() - 1)); //$NON-NLS-1$
        // what it turns off is said, with the severity of the switch
        assertEquals(2, profiles.check().stream().filter(f -> f.code().equals(MqRacfProfiles.SWITCH_OFF)).count());
        String job = RacfJob.write(RacfJob.DEFAULT_JOB_CARD, "profiles", commands); //$NON-NLS-1$
        job.lines().forEach(line -> assertTrue(line.length() <= 72, line));
        assertEquals(commands, RacfJob.commands(job));
    }

    @Test
    void profilesRacfWouldRefuseAreRefusedWithTheirCodes() {
        MqRacfProfiles bad = MqRacfProfiles.read("""
                {"subsystem": "TOOLONG", "connections": {"TSO": ["MQUSERS"], "BATCH": []},
                 "queues": [{"profile": "lower.case", "ids": ["1BAD"], "access": "WRITE"}],
                 "switchesOff": ["CMD"]}
                """);
        Set<String> codes = codes(bad.check());
        assertEquals(Set.of(MqRacfProfiles.SUBSYSTEM, MqRacfProfiles.CONNECTION_TYPE, MqRacfProfiles.NO_IDS, org.mqsec.core.zos.RacfNames.PROFILE,
                org.mqsec.core.zos.RacfNames.USER_ID, MqRacfProfiles.ACCESS, MqRacfProfiles.SWITCH), codes);
        assertThrows(IllegalArgumentException.class, bad::tsoCommands);
        // mixed-case queue managers use MXQUEUE and MXADMIN, where lower case is allowed
        MqRacfProfiles mixed = MqRacfProfiles.read("""
                {"subsystem": "CSQ1", "mixedCase": true, "queues": [{"profile": "app.in", "ids": ["MQUSERS"], "access": "UPDATE"}],
                 "switchesOff": ["alternate user"]}
                """);
        assertFalse(Finding.hasErrors(mixed.check()), mixed.check().toString());
        assertTrue(mixed.tsoCommands().contains("RDEFINE MXQUEUE CSQ1.app.in UACC(NONE)"), mixed.tsoCommands().toString()); //$NON-NLS-1$
        assertTrue(mixed.tsoCommands().contains("RDEFINE MXADMIN CSQ1.NO.ALTERNATE.USER.CHECKS UACC(NONE)"), mixed.tsoCommands().toString()); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> MqRacfProfiles.read("{\"subsystem\": [1,2]}")); //$NON-NLS-1$
    }
}
