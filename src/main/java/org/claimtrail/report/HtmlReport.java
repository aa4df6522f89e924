package org.claimtrail.report;

import org.apache.hadoop.fs.FileSystem;
import org.claimtrail.io.HadoopFiles;

/**
 * The HTML report an analyst opens: {@code index.html} (the run, the stages' counts, the rejects,
 * the stories most recent first with each series' latest estimate) and {@code story/ID.html} per
 * story with estimates (each series as an interactive chart over its evidence). Every page carries
 * its scripts and style, so the folder opens offline and can be mailed as it is.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Writes the pages under {@code dir} (a local path or any Hadoop filesystem's URI); returns index.html's location. */
    static String write(String dir, ReportInput input) {
        PageModels.Built built = PageModels.build(input, Assets.scripts());
        PageRenderer renderer = new PageRenderer(Assets.style());
        FileSystem fs = HadoopFiles.fs(dir, HadoopFiles.conf());
        // each page inlines its scripts (about 1 MB): rendering and writing hundreds of them is the
        // stage's largest piece of driver work, and the pages are independent of each other
        built.stories().parallelStream().forEach(page ->
                HadoopFiles.writeText(fs, HadoopFiles.child(dir, "story/" + page.fileName()), renderer.story(page)));
        String index = HadoopFiles.child(dir, "index.html");
        HadoopFiles.writeText(fs, index, renderer.index(built.index()));
        return index;
    }
}
