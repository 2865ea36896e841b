package quire.access;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Just enough of the D-Bus wire format for {@link StatusProbe}: method calls with string arguments,
 * and the reading of a reply's one value (a string, or a variant holding a boolean or string) and of a
 * signal's member name. Written out so that the question "is a screen reader on?" loads no D-Bus
 * library; the bridge itself uses dbus-java. Little-endian out, either order in.
 */
final class DbusWire {
    static final int METHOD_CALL = 1;
    static final int METHOD_RETURN = 2;
    static final int ERROR = 3;
    static final int SIGNAL = 4;

    private static final int FIELD_PATH = 1;
    private static final int FIELD_INTERFACE = 2;
    private static final int FIELD_MEMBER = 3;
    private static final int FIELD_REPLY_SERIAL = 5;
    private static final int FIELD_DESTINATION = 6;
    private static final int FIELD_SIGNATURE = 8;

    /** A received message: its type, the serial it answers (0 for none), member, signature and body. */
    record Message(int type, int replySerial, String member, String signature, ByteBuffer body) {
    }

    private DbusWire() {
    }

    /** A method call with string arguments only. */
    static byte[] call(int serial, String destination, String path, String iface, String member, String... args) {
        Writer fields = new Writer();
        fields.field(FIELD_PATH, "o", path);
        fields.field(FIELD_DESTINATION, "s", destination);
        fields.field(FIELD_INTERFACE, "s", iface);
        fields.field(FIELD_MEMBER, "s", member);
        if (args.length > 0) {
            fields.field(FIELD_SIGNATURE, "g", "s".repeat(args.length));
        }
        Writer body = new Writer();
        for (String arg : args) {
            body.string(arg);
        }
        byte[] fieldBytes = fields.bytes();
        byte[] bodyBytes = body.bytes();
        Writer message = new Writer();
        message.bytes.write('l');
        message.bytes.write(METHOD_CALL);
        message.bytes.write(0);
        message.bytes.write(1);
        message.uint32(bodyBytes.length);
        message.uint32(serial);
        message.uint32(fieldBytes.length);
        message.bytes.writeBytes(fieldBytes);
        message.pad(8);
        message.bytes.writeBytes(bodyBytes);
        return message.bytes();
    }

    /** The length of the whole message whose first 16 bytes are {@code head}. */
    static int length(byte[] head) {
        ByteBuffer buffer = ByteBuffer.wrap(head).order(head[0] == 'B' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int body = buffer.getInt(4);
        int fields = buffer.getInt(12);
        return align(16 + fields, 8) + body;
    }

    static Message read(byte[] whole) {
        ByteBuffer buffer = ByteBuffer.wrap(whole).order(whole[0] == 'B' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int type = whole[1];
        int fieldsEnd = 16 + buffer.getInt(12);
        buffer.position(16);
        int replySerial = 0;
        String member = "";
        String signature = "";
        while (buffer.position() < fieldsEnd) {
            buffer.position(align(buffer.position(), 8));
            int code = buffer.get();
            String fieldType = signature(buffer);
            Object value = value(buffer, fieldType);
            if (code == FIELD_REPLY_SERIAL) {
                replySerial = (Integer) value;
            } else if (code == FIELD_MEMBER) {
                member = (String) value;
            } else if (code == FIELD_SIGNATURE) {
                signature = (String) value;
            }
        }
        buffer.position(align(fieldsEnd, 8));
        return new Message(type, replySerial, member, signature, buffer.slice().order(buffer.order()));
    }

    /** The reply's one value: a string, or the boolean or string inside a variant. */
    static Optional<Object> firstValue(Message reply) {
        if (reply.type() != METHOD_RETURN || reply.signature().isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer body = reply.body();
        String type = reply.signature().substring(0, 1);
        if (type.equals("v")) {
            type = signature(body);
        }
        return type.equals("b") || type.equals("s") ? Optional.of(value(body, type)) : Optional.empty();
    }

    private static String signature(ByteBuffer buffer) {
        int length = buffer.get() & 0xff;
        String text = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length, StandardCharsets.US_ASCII);
        buffer.position(buffer.position() + length + 1);
        return text;
    }

    private static Object value(ByteBuffer buffer, String type) {
        switch (type) {
            case "s":
            case "o": {
                buffer.position(align(buffer.position(), 4));
                int length = buffer.getInt();
                String text = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length,
                        StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length + 1);
                return text;
            }
            case "g":
                return signature(buffer);
            case "u":
            case "i":
                buffer.position(align(buffer.position(), 4));
                return buffer.getInt();
            case "b":
                buffer.position(align(buffer.position(), 4));
                return buffer.getInt() != 0;
            default:
                throw new IllegalArgumentException("no reader for D-Bus type " + type);
        }
    }

    private static int align(int at, int boundary) {
        return (at + boundary - 1) / boundary * boundary;
    }

    /** Writes little-endian D-Bus values, aligned from the start of what it writes. */
    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void pad(int boundary) {
            while (bytes.size() % boundary != 0) {
                bytes.write(0);
            }
        }

        void uint32(int value) {
            pad(4);
            bytes.write(value);
            bytes.write(value >>> 8);
            bytes.write(value >>> 16);
            bytes.write(value >>> 24);
        }

        void string(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            uint32(utf8.length);
            bytes.writeBytes(utf8);
            bytes.write(0);
        }

        void signature(String text) {
            bytes.write(text.length());
            bytes.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
            bytes.write(0);
        }

        /** A header field {@code (yv)}: its code, then a variant of the given type. */
        void field(int code, String type, String value) {
            pad(8);
            bytes.write(code);
            signature(type);
            if (type.equals("g")) {
                signature(value);
            } else {
                string(value);
            }
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
