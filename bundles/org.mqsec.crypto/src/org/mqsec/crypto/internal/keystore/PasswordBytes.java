package org.mqsec.crypto.internal.keystore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A password's UTF-8 bytes, as GSKit keys its MACs and stashes with them; no copy is left behind but the one returned. */
public final class PasswordBytes {

    private PasswordBytes() {
    }

    /** The caller clears the array. */
    public static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
