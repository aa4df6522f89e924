package org.claimtrail.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrail.config.ConfigException;
import org.claimtrail.config.Settings;
import org.junit.jupiter.api.Test;

/** The pipeline's order and its refusals, before any Spark work. */
class PipelineTest {

    @Test
    void storiesComeBeforeExtractSoClaimsTakeTheirArticlesStory() {
        assertEquals(List.of("ingest", "annotate", "story", "extract", "consolidate", "report"), Pipeline.stageNames());
    }

    @Test
    void anUnknownStageIsRefusedWithTheStagesThereAre() {
        Settings settings = Settings.resolve(null, Map.of(), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.run(settings, List.of("ingest", "extrakt")));
        assertTrue(e.getMessage().contains("unknown stage 'extrakt'"), e.getMessage());
        assertTrue(e.getMessage().contains("consolidate"), e.getMessage());
    }
}
