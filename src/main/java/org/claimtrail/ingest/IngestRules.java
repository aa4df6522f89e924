package org.claimtrail.ingest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the ingest functions need from configuration, shipped to executors with the task.
 *
 * @param maxBytes largest record accepted, in bytes
 * @param today    the run's date: a published date after it is not believed
 */
public record IngestRules(BoilerplateFilter boilerplate, long maxBytes, LocalDate today) implements Serializable {
}
