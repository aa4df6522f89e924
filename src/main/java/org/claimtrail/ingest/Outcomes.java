package org.claimtrail.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcomes of one input unit, produced one at a time, so that a large JSON Lines file or a
 * gigabyte of WARC never sits in memory whole. Closes its input when the last outcome has been taken;
 * a task that stops early calls {@link #close()} itself.
 */
public abstract class Outcomes implements Iterator<IngestOutcome>, Closeable {

    private IngestOutcome next;
    private boolean done;

    /** The next outcome, or null when there is none. Reading errors must become rejects, not exceptions. */
    protected abstract IngestOutcome compute();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = compute();
            if (next == null) {
                done = true;
                closeQuietly();
            }
        }
        return next != null;
    }

    @Override
    public final IngestOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestOutcome o = next;
        next = null;
        return o;
    }

    @Override
    public void close() throws IOException {
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // every record is already out; a failing close loses nothing
        }
    }

    /** Outcomes already at hand. */
    public static Outcomes of(List<IngestOutcome> list) {
        Iterator<IngestOutcome> it = list.iterator();
        return new Outcomes() {
            @Override
            protected IngestOutcome compute() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
