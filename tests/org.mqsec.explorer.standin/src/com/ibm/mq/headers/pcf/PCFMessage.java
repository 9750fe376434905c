package com.ibm.mq.headers.pcf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;

/** Tests only: the PCF message of MQ Explorer's copy of IBM's classes, reduced to its bytes. */
public class PCFMessage {

    final byte[] bytes;

    public PCFMessage(DataInput in) throws IOException {
        if (!(in instanceof InputStream stream)) {
            throw new IOException("the stand-in reads PCF from a stream"); //$NON-NLS-1$
        }
        bytes = stream.readAllBytes();
    }

    PCFMessage(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public void write(DataOutput out) throws IOException {
        out.write(bytes);
    }
}
