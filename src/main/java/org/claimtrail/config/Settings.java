package org.claimtrail.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one place that decides what a setting's value is.
 *
 * <p>Precedence, highest first:
 * <ol>
 *   <li>a command-line flag ({@code --input}, {@code --output}, {@code --master}, {@code --conf KEY=VALUE});</li>
 *   <li>the properties file ({@code --config}, else {@code CLAIMTRAIL_HOME/conf/claimtrail.properties});</li>
 *   <li>the built-in default in {@link #DEFAULTS}.</li>
 * </ol>
 * Relative paths typed on the command line resolve against the working directory; those in the
 * properties file and the defaults against the project home ({@code -Dclaimtrail.home},
 * {@code CLAIMTRAIL_HOME}, else the working directory), so the launcher works from any folder.
 *
 * <p>Settings live on the driver only; stages receive the few values they need as plain arguments.
 */
public final class Settings {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String MASTER = "master";
    public static final String LEXICON_DIR = "lexicon.dir";
    public static final String SPARK_DEFAULTS = "spark.defaults.file";
    public static final String INGEST_MAX_BYTES = "ingest.max_bytes";
    public static final String INGEST_PARTITIONS = "ingest.partitions";
    public static final String INGEST_EXCLUDE = "ingest.exclude";
    public static final String INGEST_SPLIT_BYTES = "ingest.split_bytes";
    /** {@code add}: the input's articles join those already in the output; {@code replace}: only the input's. */
    public static final String INGEST_MODE = "ingest.mode";
    public static final String CORENLP_PROPERTIES = "annotate.corenlp_properties";
    public static final String ANNOTATE_CONTEXT = "annotate.context_sentences";
    public static final String ANNOTATE_MAX_CHARS = "annotate.max_chars";
    public static final String ANNOTATE_MAX_SENTENCE_TOKENS = "annotate.max_sentence_tokens";
    public static final String ANNOTATE_TIMEOUT_MS = "annotate.timeout_ms";
    public static final String ANNOTATE_PARTITIONS = "annotate.partitions";
    public static final String ANNOTATE_PROGRESS_SECONDS = "annotate.progress_seconds";
    public static final String LANGUAGES_DETECT = "languages.detect";
    public static final String LANGUAGES_READ = "languages.read";
    public static final String REPORT_SQL_DIR = "report.sql_dir";
    public static final String STORY_WINDOW_DAYS = "story.window_days";
    public static final String STORY_HORIZON_DAYS = "story.horizon_days";
    public static final String STORY_MIN_SIMILARITY = "story.min_similarity";

    /** Built-in defaults: what runs when neither flag nor properties file says otherwise. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(INPUT, "data/sample"),
            Map.entry(OUTPUT, "out"),
            Map.entry(MASTER, "local[*]"),
            Map.entry(LEXICON_DIR, "conf/lexicon"),
            Map.entry(SPARK_DEFAULTS, "conf/spark-defaults.conf"),
            Map.entry(INGEST_MAX_BYTES, "10000000"),
            Map.entry(INGEST_PARTITIONS, "0"),
            Map.entry(INGEST_EXCLUDE, "gold.jsonl,*.gold.jsonl,README*"),
            Map.entry(INGEST_SPLIT_BYTES, "67108864"),
            Map.entry(INGEST_MODE, "add"),
            Map.entry(CORENLP_PROPERTIES, "conf/corenlp.properties"),
            Map.entry(ANNOTATE_CONTEXT, "1"),
            Map.entry(ANNOTATE_MAX_CHARS, "200000"),
            Map.entry(ANNOTATE_MAX_SENTENCE_TOKENS, "250"),
            Map.entry(ANNOTATE_TIMEOUT_MS, "120000"),
            Map.entry(ANNOTATE_PARTITIONS, "0"),
            Map.entry(ANNOTATE_PROGRESS_SECONDS, "10"),
            Map.entry(LANGUAGES_DETECT, "en,de,es,fr,it,pt,nl,pl,ru,uk,tr,ar"),
            Map.entry(LANGUAGES_READ, "en,de,es"),
            Map.entry(REPORT_SQL_DIR, "jobs/reports"),
            Map.entry(STORY_WINDOW_DAYS, "30"),
            Map.entry(STORY_HORIZON_DAYS, "365"),
            Map.entry(STORY_MIN_SIMILARITY, "0.07"));

    private final Path home;
    private final Map<String, String> values;
    private final Map<String, String> sparkConf;
    private final java.util.Set<String> explicit;

    private Settings(Path home, Map<String, String> values, Map<String, String> sparkConf) {
        this.home = home;
        this.values = values;
        this.sparkConf = sparkConf;
        this.explicit = new java.util.HashSet<>();
        values.forEach((k, v) -> {
            if (!v.equals(DEFAULTS.get(k))) {
                explicit.add(k);
            }
        });
    }

    /** True when a flag or the properties file gave this setting a value other than the default. */
    public boolean isExplicit(String key) {
        return explicit.contains(key);
    }

    /**
     * Resolves settings from the three layers.
     *
     * @param configFile the properties file named by {@code --config}, or null for the default one
     *                   (which may be absent; a named one must exist)
     * @param flags      values given on the command line, keyed like the properties file
     * @param flagConf   {@code --conf KEY=VALUE} pairs: setting keys or {@code spark.*} keys
     */
    public static Settings resolve(Path configFile, Map<String, String> flags, Map<String, String> flagConf) {
        Path home = projectHome();
        Properties fileProps = new Properties();
        Path file = configFile != null ? home.resolve(configFile) : home.resolve("conf/claimtrail.properties");
        if (configFile != null && !Files.isRegularFile(file)) {
            throw new ConfigException("config file not found: " + file);
        }
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                fileProps.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
            }
        }
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        Map<String, String> spark = new LinkedHashMap<>();
        for (String key : fileProps.stringPropertyNames()) {
            put(values, spark, key, fileProps.getProperty(key).trim());
        }
        for (Map.Entry<String, String> e : flagConf.entrySet()) {
            put(values, spark, e.getKey(), fromWorkingDir(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : flags.entrySet()) {
            if (e.getValue() != null) {
                put(values, spark, e.getKey(), fromWorkingDir(e.getKey(), e.getValue()));
            }
        }
        return new Settings(home, values, spark);
    }

    /** Path settings that resolve against the project home when they come from a file or a default. */
    private static final java.util.Set<String> PATH_KEYS = java.util.Set.of(INPUT, OUTPUT, LEXICON_DIR, SPARK_DEFAULTS,
            CORENLP_PROPERTIES, REPORT_SQL_DIR);

    /**
     * A relative path typed on the command line means the user's working directory, not the
     * project home: made absolute here, before it meets the home-relative rules.
     */
    private static String fromWorkingDir(String key, String value) {
        if (!PATH_KEYS.contains(key)) {
            return value;
        }
        List<String> parts = new ArrayList<>();
        for (String p : value.split(",")) {
            String t = p.trim();
            parts.add(t.isEmpty() || t.contains("://") ? t : Path.of(t).toAbsolutePath().normalize().toString());
        }
        return String.join(",", parts);
    }

    private static void put(Map<String, String> values, Map<String, String> spark, String key, String value) {
        if (key.startsWith("spark.") && !key.equals(SPARK_DEFAULTS)) {
            spark.put(key, value);
        } else if (DEFAULTS.containsKey(key)) {
            values.put(key, value);
        } else {
            throw new ConfigException("unknown setting '" + key + "' (known: " + DEFAULTS.keySet() + ")");
        }
    }

    /** The project home that relative paths resolve against. */
    public static Path projectHome() {
        String prop = System.getProperty("claimtrail.home");
        if (prop == null || prop.isBlank()) {
            prop = System.getenv("CLAIMTRAIL_HOME");
        }
        return (prop == null || prop.isBlank() ? Path.of("") : Path.of(prop)).toAbsolutePath().normalize();
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException("no value for setting '" + key + "'");
        }
        return v;
    }

    public int getInt(String key) {
        long v = getLong(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ConfigException("setting '" + key + "' is out of range: " + v);
        }
        return (int) v;
    }

    public long getLong(String key) {
        try {
            return Long.parseLong(get(key).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a whole number, got '" + get(key) + "'");
        }
    }

    /** A duration in seconds, decimals allowed ("0.5"), as milliseconds; it must be above zero. */
    public long getMillis(String key) {
        double seconds;
        try {
            seconds = Double.parseDouble(get(key).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a number of seconds, got '" + get(key) + "'");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new ConfigException("setting '" + key + "' must be above zero seconds, got '" + get(key) + "'");
        }
        return Math.max(1, Math.round(seconds * 1000));
    }

    /**
     * A local path setting (lexicons, report SQL, Spark defaults), resolved against the project home;
     * a {@code file:} URI is its local path, and a URI of another filesystem is refused: these are
     * read with local file I/O.
     */
    public Path path(String key) {
        String value = get(key).trim();
        java.util.regex.Matcher scheme = SCHEME.matcher(value);
        if (scheme.find() && !scheme.group(1).equalsIgnoreCase("file")) {
            throw new ConfigException("setting '" + key + "' is a " + scheme.group(1) + ": URI (" + value
                    + "); it must be a local path");
        }
        return Path.of(locationOf(value));
    }

    /**
     * A location setting (the output): a URI of any Hadoop filesystem ({@code hdfs://}, {@code s3a://})
     * kept as it is, a {@code file:} URI as its local path, and a path resolved against the project
     * home. A path with a scheme is never taken for a folder under the home.
     */
    public String location(String key) {
        return locationOf(get(key));
    }

    /** {@link #location(String)} of a value given directly (an export's target). */
    public String locationOf(String value) {
        String v = value.trim();
        java.util.regex.Matcher scheme = SCHEME.matcher(v);
        if (!scheme.find()) {
            return home.resolve(v).normalize().toString();
        }
        return scheme.group(1).equalsIgnoreCase("file") ? Path.of(java.net.URI.create(v)).normalize().toString() : v;
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/");

    /** Input paths or URIs: a comma-separated list in the properties file, repeated flags on the command line. */
    public List<String> inputs() {
        List<String> out = new ArrayList<>();
        for (String p : Arrays.asList(get(INPUT).split(","))) {
            String t = p.trim();
            if (!t.isEmpty()) {
                out.add(t.contains("://") ? t : home.resolve(t).normalize().toString());
            }
        }
        return out;
    }

    /** A comma-separated setting as a list, blanks dropped. */
    public List<String> list(String key) {
        List<String> out = new ArrayList<>();
        for (String p : get(key).split(",")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    /** {@code spark.*} settings from the properties file and {@code --conf}, flags winning. */
    public Map<String, String> sparkConf() {
        return Map.copyOf(sparkConf);
    }

    public Path home() {
        return home;
    }
}
