package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;

/**
 * What a z/OS queue manager says of its security: the response to {@code DISPLAY SECURITY}
 * (CSQH015I timeout, CSQH016I interval, CSQH037I class case, CSQH030I then CSQH031I/CSQH032I/
 * CSQH034I per switch, CSQH040I-CSQH042I connection authentication, CSQ9022I) or the start-up
 * messages CSQH021I/CSQH024I ("CSQHINIT ... security switch set ..."), pasted from SDSF, a console
 * log or a file. Messages may be wrapped over lines at any blank, or run together on one line: the
 * text is read as a stream of messages, each starting at its message number.
 *
 * @param prefix       the command prefix or subsystem name the messages carry ("+CSQ1", "ZQS1")
 * @param timeout      the security timeout in minutes, or -1 when not shown
 * @param interval     the security interval in minutes, or -1 when not shown
 * @param classes      "UPPERCASE", "MIXED CASE" or "" (CSQH037I)
 * @param switches     each switch shown, in the order shown
 * @param clientChecks CHCKCLNT as shown (CSQH041I), or ""
 * @param localChecks  CHCKLOCL as shown (CSQH042I), or ""
 * @param ignored      messages that are not part of the display, kept to show
 * @param findings     what the display means for the queue manager's security, by code
 */
public record DisplaySecurity(String prefix, int timeout, int interval, String classes, List<SwitchState> switches, String clientChecks,
        String localChecks, List<String> ignored, List<Finding> findings) {

    public static final String UNREADABLE = "ZOS_DISPLAY_SECURITY_UNREADABLE"; //$NON-NLS-1$
    public static final String SUBSYSTEM_OFF = "ZOS_SUBSYSTEM_SECURITY_OFF"; //$NON-NLS-1$
    public static final String SWITCH_OFF = "ZOS_SWITCH_OFF"; //$NON-NLS-1$
    public static final String PROFILE_NAME = "ZOS_SWITCH_PROFILE_NAME"; //$NON-NLS-1$
    public static final String CLIENT_CHECKS = "ZOS_CLIENT_CHECKS"; //$NON-NLS-1$

    /**
     * One switch: on or off, the profile the queue manager looked for, and whether it was found.
     *
     * @param name      the switch, when it is one of {@link SecuritySwitch}; else empty with {@code shownName}
     * @param shownName the name as the message writes it
     * @param message   the message number it came from
     */
    public record SwitchState(Optional<SecuritySwitch> name, String shownName, boolean on, String profile, boolean found, String message) {

        /** What the state means, in words. */
        public String explanation() {
            if (name.isEmpty()) {
                return ZosMessages.bind(on ? ZosMessages.Switch_onOther : ZosMessages.Switch_offOther, shownName);
            }
            return name.get().explanation(on);
        }
    }

    private static final Pattern MESSAGE_NUMBER = Pattern.compile("\\bCSQ[0-9A-Z][0-9]{3}[IEAD]\\b"); //$NON-NLS-1$
    private static final Pattern SWITCH = Pattern.compile("(\\S+) ([A-Z][A-Z ]*?): (ON|OFF), '([^']*)' (NOT FOUND|FOUND)\\b.*"); //$NON-NLS-1$
    private static final Pattern INIT_SWITCH = Pattern.compile(
            "(\\S+) CSQHINIT ([A-Z][A-Z ]*?) SECURITY SWITCH SET (ON|OFF), PROFILE '([^']*)' (NOT FOUND|FOUND)\\b.*"); //$NON-NLS-1$
    private static final Pattern MINUTES = Pattern.compile("(\\S+) SECURITY (TIMEOUT|INTERVAL) = (\\d+) MINUTES?.*"); //$NON-NLS-1$
    private static final Pattern CLASSES = Pattern.compile("(\\S+) SECURITY USING (UPPERCASE|MIXED CASE) CLASSES.*"); //$NON-NLS-1$
    private static final Pattern CHECKS = Pattern.compile("(\\S+) (CLIENT|LOCAL BINDINGS) CHECKS: (\\S+).*"); //$NON-NLS-1$

    /**
     * Reads the messages in {@code text}.
     *
     * @throws IllegalArgumentException when the text holds no CSQH message, saying what was expected
     */
    public static DisplaySecurity read(String text) {
        String stream = (text == null ? "" : text).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Matcher numbers = MESSAGE_NUMBER.matcher(stream);
        List<int[]> starts = new ArrayList<>();
        while (numbers.find()) {
            starts.add(new int[] { numbers.start(), numbers.end() });
        }
        String prefix = ""; //$NON-NLS-1$
        int timeout = -1;
        int interval = -1;
        String classes = ""; //$NON-NLS-1$
        String client = ""; //$NON-NLS-1$
        String local = ""; //$NON-NLS-1$
        List<SwitchState> switches = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean understood = false;
        for (int i = 0; i < starts.size(); i++) {
            String number = stream.substring(starts.get(i)[0], starts.get(i)[1]);
            String body = stream.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : stream.length()).strip();
            String upper = body.toUpperCase(Locale.ROOT);
            Matcher m;
            if (number.matches("CSQH03[1-4]I") && (m = SWITCH.matcher(upper)).matches()) { //$NON-NLS-1$
                switches.add(state(m, body, number));
            } else if (number.matches("CSQH02[1-4]I") && (m = INIT_SWITCH.matcher(upper)).matches()) { //$NON-NLS-1$
                switches.add(state(m, body, number));
            } else if (number.matches("CSQH01[56]I") && (m = MINUTES.matcher(upper)).matches()) { //$NON-NLS-1$
                if ("TIMEOUT".equals(m.group(2))) { //$NON-NLS-1$
                    timeout = Integer.parseInt(m.group(3));
                } else {
                    interval = Integer.parseInt(m.group(3));
                }
            } else if (number.equals("CSQH037I") && (m = CLASSES.matcher(upper)).matches()) { //$NON-NLS-1$
                classes = m.group(2);
            } else if (number.matches("CSQH04[12]I") && (m = CHECKS.matcher(upper)).matches()) { //$NON-NLS-1$
                if ("CLIENT".equals(m.group(2))) { //$NON-NLS-1$
                    client = m.group(3).replaceAll("[^A-Z]", ""); //$NON-NLS-1$ //$NON-NLS-2$
                } else {
                    local = m.group(3).replaceAll("[^A-Z]", ""); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else if (number.equals("CSQH030I") || number.equals("CSQH040I") || number.equals("CSQ9022I")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                // headers and the completion message: nothing to keep
            } else {
                ignored.add(number + ' ' + body);
                continue;
            }
            understood = true;
            if (prefix.isEmpty()) {
                prefix = body.split(" ", 2)[0]; //$NON-NLS-1$
            }
        }
        if (!understood) {
            throw new IllegalArgumentException(ZosMessages.Display_unreadable + ' ' + ZosMessages.Display_unreadableFix);
        }
        return new DisplaySecurity(prefix, timeout, interval, classes, List.copyOf(switches), client, local, List.copyOf(ignored),
                findings(switches, client));
    }

    private static SwitchState state(Matcher m, String body, String number) {
        String shown = m.group(2).strip();
        // the profile as written (RACF profiles in MXADMIN may be mixed case)
        Matcher original = Pattern.compile("'([^']*)'").matcher(body); //$NON-NLS-1$
        String profile = original.find() ? original.group(1) : m.group(4);
        return new SwitchState(SecuritySwitch.named(shown), shown, "ON".equals(m.group(3)), profile, "FOUND".equals(m.group(5)), number); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<Finding> findings(List<SwitchState> switches, String client) {
        List<Finding> findings = new ArrayList<>();
        for (SwitchState state : switches) {
            if (state.name().isEmpty()) {
                continue;
            }
            SecuritySwitch name = state.name().get();
            String hlq = state.profile().contains(".") ? state.profile().substring(0, state.profile().indexOf('.')) : ""; //$NON-NLS-1$ //$NON-NLS-2$
            boolean yesProfile = state.profile().toUpperCase(Locale.ROOT).contains(".YES."); //$NON-NLS-1$
            if (!hlq.isEmpty() && !yesProfile && !state.profile().equalsIgnoreCase(name.offProfile(hlq))) {
                findings.add(Finding.warning(PROFILE_NAME, name.displayName(), ZosMessages.bind(ZosMessages.Display_profileName,
                        new Object[] { state.profile(), name.displayName(), name.offProfile(hlq) }), ZosMessages.Display_profileNameFix));
            }
            if (state.on()) {
                continue;
            }
            if (name == SecuritySwitch.SUBSYSTEM) {
                findings.add(Finding.error(SUBSYSTEM_OFF, name.displayName(), ZosMessages.bind(ZosMessages.Display_subsystemOff, state.profile()),
                        ZosMessages.Display_subsystemOffFix));
            } else {
                findings.add(new Finding(SWITCH_OFF, name.whenOff(), name.displayName(), ZosMessages.bind(ZosMessages.Display_switchOff,
                        name.displayName(), state.explanation()), ZosMessages.bind(ZosMessages.Display_switchOffFix, state.profile())));
            }
        }
        if (client.equals("OPTIONAL") || client.equals("NONE")) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.warning(CLIENT_CHECKS, "CHCKCLNT", ZosMessages.bind(ZosMessages.Display_clientChecks, client), //$NON-NLS-1$
                    ZosMessages.Display_clientChecksFix));
        }
        return findings;
    }
}
