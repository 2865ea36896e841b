package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbusWireTest {
    @Test
    void aCallReadsBackWithItsMemberSignatureAndArguments() {
        byte[] call = DbusWire.call(7, "org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Get",
                "org.a11y.Status", "IsEnabled");

        assertThat(call[0]).isEqualTo((byte) 'l');
        assertThat(DbusWire.length(java.util.Arrays.copyOf(call, 16))).isEqualTo(call.length);
        DbusWire.Message read = DbusWire.read(call);
        assertThat(read.type()).isEqualTo(DbusWire.METHOD_CALL);
        assertThat(read.member()).isEqualTo("Get");
        assertThat(read.signature()).isEqualTo("ss");
        ByteBuffer body = read.body();
        int length = body.getInt();
        assertThat(new String(body.array(), body.arrayOffset() + 4, length, StandardCharsets.UTF_8))
                .isEqualTo("org.a11y.Status");
    }

    /** A reply as dbus-daemon sends one: fields (REPLY_SERIAL u, SIGNATURE g) and a variant boolean. */
    private static byte[] variantReply(int replySerial, boolean value) {
        ByteBuffer fields = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fields.put((byte) 5).put((byte) 1).put((byte) 'u').put((byte) 0).putInt(replySerial);
        fields.put((byte) 8).put((byte) 1).put((byte) 'g').put((byte) 0).put((byte) 1).put((byte) 'v').put((byte) 0);
        int fieldsLength = fields.position();
        ByteBuffer body = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        body.put((byte) 1).put((byte) 'b').put((byte) 0).put((byte) 0).putInt(value ? 1 : 0);
        ByteBuffer head = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 'l').put((byte) DbusWire.METHOD_RETURN).put((byte) 0).put((byte) 1).putInt(8).putInt(99)
                .putInt(fieldsLength);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(head.array());
        whole.write(fields.array(), 0, 16); // the fields, padded to 8
        whole.writeBytes(body.array());
        return whole.toByteArray();
    }

    @Test
    void aVariantBooleanReplyIsRead() {
        byte[] reply = variantReply(2, true);

        assertThat(DbusWire.length(java.util.Arrays.copyOf(reply, 16))).isEqualTo(reply.length);
        DbusWire.Message read = DbusWire.read(reply);
        assertThat(read.replySerial()).isEqualTo(2);
        assertThat(DbusWire.firstValue(read)).contains(true);
        assertThat(DbusWire.firstValue(DbusWire.read(variantReply(3, false)))).contains(false);
    }

    @Test
    void anErrorHasNoValue() {
        byte[] reply = variantReply(2, true);
        reply[1] = (byte) DbusWire.ERROR;

        assertThat(DbusWire.firstValue(DbusWire.read(reply))).isEqualTo(Optional.empty());
    }

    @Test
    void theSessionBusIsFoundInItsAddressOrTheRuntimeFolder() {
        assertThat(StatusProbe.sessionSocket(java.util.Map.of("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/run/user/1000/bus,guid=abc"))).contains(java.nio.file.Path.of("/run/user/1000/bus"));
        assertThat(StatusProbe.sessionSocket(java.util.Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:abstract=/tmp/x")))
                .isEmpty();
        assertThat(StatusProbe.sessionSocket(java.util.Map.of("XDG_RUNTIME_DIR", "/run/user/5")))
                .contains(java.nio.file.Path.of("/run/user/5/bus"));
    }
}
