package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BulkImportSmallJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void history_details_written_by_hand_mean_what_jackson_would_write() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("contact", true);
        details.put("direction", "IN");
        details.put("summary", "Zei: \"dat klopt niet\" \\ regel 1\nregel 2\ttab \u0001 é ü 😀");
        details.put("attachments", 0);
        details.put("themes", List.of("ATTITUDE", "COMMUNICATION"));
        details.put("from", null);

        String written = SmallJson.write(details);

        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(JSON.writeValueAsString(details)));
    }

    @Test
    void other_values_fall_back_to_jackson() {
        Map<String, Object> details = Map.of("score", 0.93);

        assertThat(JSON.readTree(SmallJson.write(details)).get("score").asDouble()).isEqualTo(0.93);
    }
}
