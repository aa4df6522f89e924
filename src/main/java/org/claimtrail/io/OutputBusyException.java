package org.claimtrail.io;


/** Another run is writing the output folder: this one stops before touching it (exit code 3). */
public final class OutputBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputBusyException(Object output, String holder) {
        super("output " + output + " is being written by " + holder + "; not started");
    }
}
