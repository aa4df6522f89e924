package org.claimtrail.consolidate;

import java.io.Serializable;

/** A canonical source: a stable key, a display name, and what is known of it. */
public record SourceKey(String key, String name, String country, String type) implements Serializable {
}
