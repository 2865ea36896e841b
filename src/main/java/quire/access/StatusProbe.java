package quire.access;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the session bus whether an assistive technology wants applications on the accessibility bus
 * ({@code org.a11y.Status} {@code IsEnabled} or {@code ScreenReaderEnabled}, as GTK and Qt ask), and
 * waits for those to change, over a Unix socket of Java's own with {@link DbusWire}: without a screen
 * reader, this is all the bridge costs. A session bus on an abstract socket (which Java cannot open)
 * counts as none.
 */
final class StatusProbe implements AutoCloseable {
    private static final String BUS = "org.a11y.Bus";
    private static final String BUS_PATH = "/org/a11y/bus";
    private static final String PROPERTIES = "org.freedesktop.DBus.Properties";

    private final SocketChannel socket;
    private int serial;
    /** A change signal seen while waiting for a reply: the next wait must not sleep through it. */
    private boolean changeSeen;

    private StatusProbe(SocketChannel socket) {
        this.socket = socket;
    }

    /** The session bus's socket file, from {@code DBUS_SESSION_BUS_ADDRESS} or the usual one in the runtime folder. */
    static Optional<Path> sessionSocket(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address == null) {
            String runtime = env.get("XDG_RUNTIME_DIR");
            return runtime == null ? Optional.empty() : Optional.of(Path.of(runtime, "bus"));
        }
        for (String choice : address.split(";")) {
            if (choice.startsWith("unix:")) {
                for (String key : choice.substring(5).split(",")) {
                    if (key.startsWith("path=")) {
                        return Optional.of(Path.of(unescape(key.substring(5))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static StatusProbe connect(Path busSocket) throws IOException {
        SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            socket.connect(UnixDomainSocketAddress.of(busSocket));
            StatusProbe probe = new StatusProbe(socket);
            probe.authenticate();
            probe.ask("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello");
            probe.ask("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch",
                    "type='signal',interface='" + PROPERTIES + "',member='PropertiesChanged',path='" + BUS_PATH + "'");
            return probe;
        } catch (IOException | RuntimeException failed) {
            socket.close();
            throw failed;
        }
    }

    /** Whether either flag is set; false where there is no accessibility bus to ask. */
    boolean enabled() throws IOException {
        return flag("IsEnabled") || flag("ScreenReaderEnabled");
    }

    /** The accessibility bus's address, from {@code org.a11y.Bus.GetAddress}. */
    Optional<String> accessibilityBusAddress() throws IOException {
        return ask(BUS, BUS_PATH, BUS, "GetAddress").flatMap(DbusWire::firstValue).map(Object::toString);
    }

    private boolean flag(String name) throws IOException {
        return ask(BUS, BUS_PATH, PROPERTIES, "Get", "org.a11y.Status", name).flatMap(DbusWire::firstValue)
                .map(Boolean.TRUE::equals).orElse(false);
    }

    /** Blocks until the status may have changed (a PropertiesChanged on the accessibility bus's object). */
    void awaitChange() throws IOException {
        while (!changeSeen) {
            noteChange(receive());
        }
        changeSeen = false;
    }

    private void noteChange(DbusWire.Message message) {
        if (message.type() == DbusWire.SIGNAL && "PropertiesChanged".equals(message.member())) {
            changeSeen = true;
        }
    }

    private Optional<DbusWire.Message> ask(String destination, String path, String iface, String member, String... args)
            throws IOException {
        int asked = ++serial;
        write(ByteBuffer.wrap(DbusWire.call(asked, destination, path, iface, member, args)));
        while (true) {
            DbusWire.Message message = receive();
            if (message.replySerial() == asked) {
                return message.type() == DbusWire.METHOD_RETURN ? Optional.of(message) : Optional.empty();
            }
            noteChange(message);
        }
    }

    private void authenticate() throws IOException {
        // The process's own user, as the owner of /proc/self (java.base only: the app image has no more).
        String uid = String.valueOf(java.nio.file.Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        StringBuilder hex = new StringBuilder();
        for (byte b : uid.getBytes(StandardCharsets.US_ASCII)) {
            hex.append(String.format("%02x", b));
        }
        write(ByteBuffer.wrap(("\0AUTH EXTERNAL " + hex + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        if (!readLine().startsWith("OK")) {
            throw new IOException("the session bus refused us");
        }
        write(ByteBuffer.wrap("BEGIN\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (!line.toString().endsWith("\r\n")) {
            one.clear();
            if (socket.read(one) < 0) {
                throw new IOException("the session bus hung up");
            }
            line.append((char) one.get(0));
        }
        return line.toString();
    }

    private DbusWire.Message receive() throws IOException {
        byte[] head = new byte[16];
        readFully(ByteBuffer.wrap(head));
        byte[] whole = new byte[DbusWire.length(head)];
        System.arraycopy(head, 0, whole, 0, 16);
        readFully(ByteBuffer.wrap(whole, 16, whole.length - 16));
        return DbusWire.read(whole);
    }

    private void readFully(ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (socket.read(into) < 0) {
                throw new IOException("the session bus hung up");
            }
        }
    }

    private void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            socket.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
