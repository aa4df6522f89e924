package org.claimtrail.testing;

import java.nio.file.Path;

import org.claimtrail.config.Settings;

/** Paths of the project's own files (conf, data) as tests see them. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path home() {
        return Settings.projectHome();
    }

    public static Path lexicon(String name) {
        return home().resolve("conf/lexicon").resolve(name);
    }

    public static Path sample() {
        return home().resolve("data/sample");
    }
}
