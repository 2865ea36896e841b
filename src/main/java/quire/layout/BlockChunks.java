package quire.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A story's blocks cut into runs of {@link #SIZE}, each broken into lines by whichever thread claims it
 * first. A block's lines depend only on it and the block before it, so chunks can be broken in any order
 * and on any thread; {@link #lines()} puts them back in reading order. A chunk whose thread failed goes
 * back to be claimed again, so one failing helper cannot leave a hole.
 */
final class BlockChunks {
    static final int SIZE = 8;

    private final List<LeafBlock> blocks;
    private final int count;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final Queue<Integer> returned = new ConcurrentLinkedQueue<>();
    private final AtomicReferenceArray<List<Line>> done;
    private final AtomicInteger doneCount = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();

    BlockChunks(List<LeafBlock> blocks) {
        this.blocks = blocks;
        this.count = (blocks.size() + SIZE - 1) / SIZE;
        this.done = new AtomicReferenceArray<>(count);
    }

    /** The next chunk nobody has claimed, or -1 when all are claimed. */
    int claim() {
        Integer back = returned.poll();
        if (back != null) {
            return back;
        }
        int next = nextChunk.getAndIncrement();
        return next < count ? next : -1;
    }

    /** Breaks chunk {@code chunk}'s blocks with {@code breaker}; a failure returns the chunk and rethrows. */
    void breakChunk(int chunk, LineBreaker breaker) {
        List<Line> lines = new ArrayList<>();
        try {
            int end = Math.min(blocks.size(), (chunk + 1) * SIZE);
            for (int b = chunk * SIZE; b < end; b++) {
                lines.addAll(breaker.lines(blocks.get(b), b == 0 ? null : blocks.get(b - 1)));
            }
        } catch (RuntimeException | Error e) {
            returned.add(chunk);
            throw e;
        }
        done.set(chunk, lines);
        if (doneCount.incrementAndGet() == count) {
            lock.lock();
            try {
                finished.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    int done() {
        return doneCount.get();
    }

    int count() {
        return count;
    }

    boolean allDone() {
        return doneCount.get() == count;
    }

    /** Waits up to {@code nanos} for chunks other threads are still breaking; true when all are done. */
    boolean awaitAll(long nanos) {
        long deadline = nanos > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : System.nanoTime() + nanos;
        lock.lock();
        try {
            while (!allDone() && returned.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                finished.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(20)), TimeUnit.NANOSECONDS);
            }
            return allDone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return allDone();
        } finally {
            lock.unlock();
        }
    }

    /** All the lines, in reading order; only once {@link #allDone()}. */
    List<Line> lines() {
        int total = 0;
        for (int c = 0; c < count; c++) {
            total += done.get(c).size();
        }
        List<Line> lines = new ArrayList<>(total);
        for (int c = 0; c < count; c++) {
            lines.addAll(done.get(c));
            done.set(c, null);
        }
        return lines;
    }
}
