package quire.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/** SHA-256 of a story's text, in hex: the same words give the same key on every machine. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        return ofParts(java.util.List.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hash of {@code bytes} from {@code offset} on: the same as {@link #of} of the text they encode in UTF-8. */
    static String of(byte[] bytes, int offset) {
        MessageDigest digest = sha256();
        digest.update(bytes, offset, bytes.length - offset);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash of UTF-8 {@code bytes} from {@code offset} on with their CRLF and CR line ends read as LF: the
     * same as {@link #of} of the text they decode to (a CR or LF byte is never inside a longer UTF-8
     * sequence), taken without decoding them.
     */
    static String ofLines(byte[] bytes, int offset) {
        MessageDigest digest = sha256();
        int run = offset;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                digest.update(bytes, run, i - run);
                digest.update((byte) '\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                run = i + 1;
            }
        }
        digest.update(bytes, run, bytes.length - run);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of these byte strings one after the other: a book's files, in reading order. */
    public static String ofParts(java.util.List<byte[]> parts) {
        MessageDigest digest = sha256();
        parts.forEach(digest::update);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /**
     * A hash that may still be being taken on another core (a long text's takes a quarter of a second
     * under the client compiler): what asks for it waits until it is taken. Equal when the hashes are, so
     * {@code equals}, {@code hashCode} and {@code toString} wait too.
     */
    public static final class Pending {
        private final CompletableFuture<String> hash;

        private Pending(CompletableFuture<String> hash) {
            this.hash = hash;
        }

        public static Pending of(String known) {
            return new Pending(CompletableFuture.completedFuture(known));
        }

        public static Pending of(CompletableFuture<String> taking) {
            return new Pending(taking);
        }

        /** The hash, once it is taken. */
        public String get() {
            try {
                return hash.join();
            } catch (java.util.concurrent.CompletionException failed) {
                if (failed.getCause() instanceof Error error) {
                    throw error; // the one way hashing bytes can fail: out of memory
                }
                throw failed;
            }
        }

        /** True once {@link #get()} answers without waiting. */
        public boolean isTaken() {
            return hash.isDone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pending pending && get().equals(pending.get());
        }

        @Override
        public int hashCode() {
            return get().hashCode();
        }

        @Override
        public String toString() {
            return get();
        }
    }
}
