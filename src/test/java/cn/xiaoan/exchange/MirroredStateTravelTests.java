package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hazard's state as it travels up (ADR 0075): when it was done and its 督办's acceptance
 * due date and 约谈 arrive as sent; a state of the release before, without them, arrives
 * with none.
 */
class MirroredStateTravelTests {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final OffsetDateTime FOUND = OffsetDateTime.parse("2026-11-10T09:30:00+08:00");

	private static final OffsetDateTime DONE = OffsetDateTime.parse("2026-11-25T16:05:12.345+08:00");

	private static final OffsetDateTime SUMMONED = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");

	private static MirroredState sent() {
		return new MirroredState(null, null, null, 42, "YH00000042", 7, "藤县一中", "450422101", "FIRE", "MAJOR", FOUND,
				"VERIFIED", LocalDate.of(2026, 11, 20), null, 9, "COUNTY", true,
				new MirroredState.Supervision("COUNTY", "450422", "藤教督〔2026〕3号", LocalDate.of(2026, 11, 20), null,
						LocalDate.of(2026, 11, 27), SUMMONED),
				DONE);
	}

	private static JsonNode asSent(Map<String, Object> body) {
		return JSON.readTree(JSON.writeValueAsString(body));
	}

	@Test
	void doneAtDueDateAndSummonsArriveAsSent() {
		MirroredState kept = MirroredState.parse(asSent(sent().body(false)), "xiaoan", "藤县平台", "450422", 0)
			.orElseThrow();
		assertThat(kept.doneAt()).isEqualTo(DONE);
		assertThat(kept.supervision().acceptanceDue()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(kept.supervision().summonedAt()).isEqualTo(SUMMONED);
		assertThat(kept.supervisionKnown()).isTrue();
	}

	@Test
	void aStateOfTheReleaseBeforeArrivesWithoutThem() {
		Map<String, Object> body = sent().body(false);
		body.remove("doneAt");
		@SuppressWarnings("unchecked")
		Map<String, Object> listed = (Map<String, Object>) body.get("supervision");
		listed.remove("acceptanceDue");
		listed.remove("summonedAt");
		MirroredState kept = MirroredState.parse(asSent(body), "xiaoan", "藤县平台", "450422", 0).orElseThrow();
		assertThat(kept.doneAt()).isNull();
		assertThat(kept.supervision().acceptanceDue()).isNull();
		assertThat(kept.supervision().summonedAt()).isNull();
		assertThat(kept.supervision().noticeNo()).isEqualTo("藤教督〔2026〕3号");
	}

	@Test
	void aForwardedStateCarriesThemFurther() {
		MirroredState kept = MirroredState.parse(asSent(sent().body(false)), "xiaoan", "藤县平台", "450422", 0)
			.orElseThrow();
		JsonNode forwarded = asSent(kept.body(true));
		assertThat(forwarded.path("doneAt").asString()).isEqualTo(DONE.toString());
		assertThat(forwarded.path("supervision").path("summonedAt").asString()).isEqualTo(SUMMONED.toString());
	}

}
