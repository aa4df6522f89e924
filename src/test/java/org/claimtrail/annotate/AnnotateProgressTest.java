package org.claimtrail.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.spark.SharedSpark;
import org.junit.jupiter.api.Test;

/** The cluster form of the progress line: articles done estimated from the finished share of the running stage's tasks. */
class AnnotateProgressTest {

    /** Holds the last two of four tasks (partitions 2 and 3) until the test has read the progress (local mode: same JVM). */
    static final CountDownLatch GATE = new CountDownLatch(1);

    @Test
    void halfTheTasksFinishedIsHalfTheArticles() throws Exception {
        SparkSession spark = SharedSpark.get();
        Thread job = new Thread(() -> {
            spark.sparkContext().setJobGroup(AnnotateProgress.GROUP, "test", false);
            // a shuffle before the 4 tasks, as annotate has: only the stage of 4 tasks counts
            spark.range(0, 40, 1, 3).repartition(4).foreachPartition((ForeachPartitionFunction<Long>) rows -> {
                if (TaskContext.getPartitionId() >= 2) {
                    GATE.await(60, TimeUnit.SECONDS);
                }
            });
        });
        job.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long done = -1;
            while (System.nanoTime() < deadline && (done = AnnotateProgress.fromTasks(spark.sparkContext(), 100, 4)) != 50) {
                Thread.sleep(50);
            }
            assertEquals(50, done, "2 of 4 tasks finished, 100 articles");
        } finally {
            GATE.countDown();
            job.join(60_000);
        }
        assertEquals(0, AnnotateProgress.fromTasks(spark.sparkContext(), 100, 5), "no stage of 5 tasks in the group");
    }
}
