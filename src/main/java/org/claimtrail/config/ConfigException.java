package org.claimtrail.config;

/** A setting or invocation the user must fix; the CLI prints its message on one line and exits 2. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
