package org.claimtrail.io;

/**
 * Files and folders under the output that are not tables (CSV copies of reports, the HTML report):
 * written under {@value #STAGING}, then put in place by a rename, so a reader of a local or HDFS
 * output never opens half a file. A run killed between the two leaves its staged copy; the next
 * writer, holding the {@link WriterLease}, knows no one else is writing and removes it
 * ({@link #cleanStaging()}). Everything goes through {@link HadoopFiles}, so any filesystem works.
 */
final class FileArtifacts {

    static final String STAGING = ".staging";

    private final String output;
    /** Numbers staged names apart; writers in several threads (the reports) share it. */
    private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();

    FileArtifacts(String output) {
        this.output = output;
    }

    /** A fresh location to write {@code relative} to before {@link #land}. */
    String stagingFor(String relative) {
        return HadoopFiles.child(staging(), sequence.getAndIncrement() + "-" + relative.replace('/', '~'));
    }

    /** Puts a staged file or folder in place of {@code relative}, replacing what was there. */
    void land(String relative, String staged) {
        String target = HadoopFiles.child(output, relative);
        String aside = HadoopFiles.child(staging(), "old-" + sequence.getAndIncrement() + "-" + relative.replace('/', '~'));
        if (HadoopFiles.exists(target)) {
            HadoopFiles.rename(target, aside);
        }
        HadoopFiles.rename(staged, target);
        HadoopFiles.delete(aside);
    }

    /** Removes what writers left staged; only for the holder of the writer lease. */
    void cleanStaging() {
        HadoopFiles.delete(staging());
    }

    private String staging() {
        return HadoopFiles.child(output, STAGING);
    }
}
