package org.mqsec.cli.internal;

import java.util.Locale;

import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.crypto.pkcs11.TokenObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Tokens, their objects and entries as JSON and as lines, for the token commands. */
final class TokenJson {

    private TokenJson() {
    }

    static JsonObject token(TokenInfoView token) {
        JsonObject json = new JsonObject();
        json.addProperty("slot", token.slotId()); //$NON-NLS-1$
        json.addProperty("label", token.label()); //$NON-NLS-1$
        json.addProperty("manufacturer", token.manufacturer()); //$NON-NLS-1$
        json.addProperty("model", token.model()); //$NON-NLS-1$
        json.addProperty("serial", token.serial()); //$NON-NLS-1$
        json.addProperty("initialized", token.initialized()); //$NON-NLS-1$
        json.addProperty("loginRequired", token.loginRequired()); //$NON-NLS-1$
        json.addProperty("pinCountLow", token.pinCountLow()); //$NON-NLS-1$
        json.addProperty("pinFinalTry", token.pinFinalTry()); //$NON-NLS-1$
        json.addProperty("pinLocked", token.pinLocked()); //$NON-NLS-1$
        return json;
    }

    /** "mqsec-test: SoftHSM project SoftHSM v2, serial ..., slot 1234 [login required, PIN count low]". */
    static String line(TokenInfoView token) {
        StringBuilder flags = new StringBuilder();
        if (token.loginRequired()) {
            flags.append(Messages.Token_flagLogin);
        }
        if (token.pinCountLow()) {
            flags.append(", ").append(Messages.Token_flagCountLow); //$NON-NLS-1$
        }
        if (token.pinFinalTry()) {
            flags.append(", ").append(Messages.Token_flagFinalTry); //$NON-NLS-1$
        }
        if (token.pinLocked()) {
            flags.append(", ").append(Messages.Token_flagLocked); //$NON-NLS-1$
        }
        return Messages.bind(Messages.Token_line, new Object[] { token.label(), token.manufacturer() + " " + token.model(), token.serial(), //$NON-NLS-1$
                Long.toString(token.slotId()), flags });
    }

    static JsonObject object(TokenObject object) {
        JsonObject json = new JsonObject();
        json.addProperty("class", object.kind().name()); //$NON-NLS-1$
        json.addProperty("label", object.label()); //$NON-NLS-1$
        json.addProperty("id", object.id()); //$NON-NLS-1$
        if (!object.keyType().isEmpty()) {
            json.addProperty("keyType", object.keyType()); //$NON-NLS-1$
            json.addProperty("keySize", object.keySize()); //$NON-NLS-1$
            if (!object.curve().isEmpty()) {
                json.addProperty("curve", object.curve()); //$NON-NLS-1$
            }
        }
        JsonArray flags = new JsonArray();
        object.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().forEach(flags::add);
        json.add("flags", flags); //$NON-NLS-1$
        if (object.certificate() != null) {
            json.addProperty("subject", object.certificate().getSubjectX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("issuer", object.certificate().getIssuerX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("notAfter", object.certificate().getNotAfter().toInstant().toString()); //$NON-NLS-1$
        }
        return json;
    }

    static JsonObject entry(TokenEntry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", entry.kind().name()); //$NON-NLS-1$
        json.addProperty("label", entry.label()); //$NON-NLS-1$
        json.addProperty("id", entry.id()); //$NON-NLS-1$
        json.addProperty("visibleToJavaKeyStore", entry.visibleToJavaKeyStore()); //$NON-NLS-1$
        for (TokenObject object : new TokenObject[] { entry.privateKey(), entry.certificate(), entry.publicKey() }) {
            if (object != null) {
                json.add(object.kind().name().toLowerCase(Locale.ROOT).replace("_k", "K"), object(object)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        JsonArray others = new JsonArray();
        entry.others().forEach(o -> others.add(object(o)));
        json.add("others", others); //$NON-NLS-1$
        return json;
    }
}
