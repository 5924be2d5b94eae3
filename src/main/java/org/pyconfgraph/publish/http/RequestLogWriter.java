package org.pyconfgraph.publish.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the request log's lines on a thread of its own, in the order they come: formatting a line and writing
 * it to the console cost a request about as much as serving a cached document's headers, and need not delay its
 * answer. The queue is bounded; when it is full, the request writes its own line (slower, never lost).
 */
final class RequestLogWriter {
    static final RequestLogWriter INSTANCE = new RequestLogWriter();
    private static final int CAPACITY = 4096;
    private static final long FLUSH_WAIT_NANOS = 1_000_000_000L;

    private final BlockingQueue<RequestLogFilter.Line> queue = new ArrayBlockingQueue<>(CAPACITY);
    /** Lines handed over and not yet written. */
    private final AtomicLong pending = new AtomicLong();

    private RequestLogWriter() {
        Thread writer = new Thread(this::run, "request-log");
        writer.setDaemon(true);
        writer.start();
    }

    void write(RequestLogFilter.Line line) {
        pending.incrementAndGet();
        if (!queue.offer(line)) {
            try {
                line.log();
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    /** Waits until every line handed over so far is written, for a second at most. */
    void flush() {
        long deadline = System.nanoTime() + FLUSH_WAIT_NANOS;
        try {
            while (pending.get() > 0 && System.nanoTime() < deadline) Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            try {
                RequestLogFilter.Line line = queue.take();
                try {
                    line.log();
                } finally {
                    pending.decrementAndGet();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A line that cannot be written must not stop the ones after it.
            }
        }
    }
}
