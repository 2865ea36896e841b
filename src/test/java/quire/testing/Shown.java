package quire.testing;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.stream.Collectors;

/** Inputs as a failure report shows them: strings quoted and escaped so that nothing invisible hides in them. */
final class Shown {
    private Shown() {
    }

    /** The value shown, cut after {@code limit} characters with a note of how much was left out. */
    static String show(Object value, int limit) {
        String shown = show(value);
        if (shown.length() <= limit) {
            return shown;
        }
        return shown.substring(0, limit) + "\u2026 (" + (shown.length() - limit) + " more characters)";
    }

    static String show(Object value) {
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof Character c) {
            return "'" + escaped(String.valueOf(c)) + "'";
        }
        if (value instanceof byte[] bytes) {
            return hex(bytes);
        }
        if (value instanceof Object[] items) {
            return items.getClass().getComponentType().getSimpleName() + "[" + items.length + "] "
                    + java.util.Arrays.stream(items).map(Shown::show).collect(Collectors.joining(", ", "{", "}"));
        }
        if (value != null && value.getClass().isArray()) {
            return primitiveArray(value);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Shown::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record record) {
            return record(record);
        }
        return String.valueOf(value);
    }

    static String quoted(String text) {
        return "\"" + escaped(text) + "\"";
    }

    /** Java's escapes for what cannot be seen: controls, format characters, lone surrogates, odd spaces. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (visible(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        for (char unit : Character.toChars(cp)) {
                            out.append(String.format("\\u%04X", (int) unit));
                        }
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean visible(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** An int[], long[], char[]... as its type, length and values: {@code int[3] {1, 2, 3}}. */
    private static String primitiveArray(Object array) {
        int length = java.lang.reflect.Array.getLength(array);
        StringBuilder out = new StringBuilder(array.getClass().getComponentType().getName())
                .append('[').append(length).append("] {");
        for (int i = 0; i < length; i++) {
            out.append(i == 0 ? "" : ", ").append(show(java.lang.reflect.Array.get(array, i)));
        }
        return out.append('}').toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder("byte[" + bytes.length + "] {");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return out.append('}').toString();
    }

    /** Each component shown as above; a record's own toString would print its strings unescaped. */
    private static String record(Record record) {
        StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            try {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                out.append(show(accessor.invoke(record)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return record.toString();
            }
        }
        return out.append(']').toString();
    }
}
