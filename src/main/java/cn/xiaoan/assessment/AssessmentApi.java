package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the assessment (ADR 0058): the same module calls as the pages, so scope and
 * role are checked alike — a scheme of another county answers 404, a school's account 403
 * except for its own 约谈, a bad period, region or 约谈 filter 400 with the field. The 约谈
 * list is the 约谈整改 page's rows, those from below marked and without an id here (ADR
 * 0081); a 约谈 by id is this platform's only.
 */
@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentApi {

	private final AssessmentManagement schemes;

	private final Rankings rankings;

	private final Interviews interviews;

	private final Clock clock;

	AssessmentApi(AssessmentManagement schemes, Rankings rankings, Interviews interviews, Clock clock) {
		this.schemes = schemes;
		this.rankings = rankings;
		this.interviews = interviews;
		this.clock = clock;
	}

	/** A page of a period's scores in rank order. */
	record Scores(long schemeId, String period, String regionCode, String regionName, LocalDateTime computedAt,
			long total, int page, int size, List<Score> items) {
	}

	/**
	 * A school's score: its rank (and the previous period's), total, the figures behind
	 * it and the points of each computed indicator by its id; {@code source} the
	 * installation below that scored it (its {@code schoolId} is that installation's),
	 * null for this platform's schools.
	 */
	record Score(long rank, Long previousRank, long schoolId, String schoolName, String regionCode, double total,
			int hazards, int fixed, int openHazards, int overdue, Map<IndicatorKind, int[]> figures, double inspected,
			int inspectedItems, Map<Long, Double> computedPoints, String source) {
	}

	/**
	 * The ranking of a region: its bureaus one level down and its first page of schools.
	 */
	record RankingView(long schemeId, String period, String regionCode, String regionName, LocalDateTime computedAt,
			long schools, List<RankedRegion> regions, List<Score> top) {
	}

	@GetMapping("/schemes")
	List<SchemeView> schemes() {
		return schemes.schemes();
	}

	@GetMapping("/schemes/{id}")
	SchemeView scheme(@PathVariable long id) {
		return schemes.scheme(id);
	}

	@GetMapping("/schemes/{id}/scores")
	Scores scores(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page) {
		schemes.scheme(id); // another tenant's scheme is a 404 before its parameters are
							// read
		Ranking r = rankings.of(id, period(period), region, page);
		return new Scores(id, r.period().key(), r.regionCode(), r.regionName(), r.computedAt(), r.schoolCount(),
				r.page(), r.size(), r.schools().stream().map(s -> score(r.scheme(), s)).toList());
	}

	@GetMapping("/schemes/{id}/ranking")
	RankingView ranking(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region) {
		schemes.scheme(id);
		Ranking r = rankings.of(id, period(period), region, 0);
		return new RankingView(id, r.period().key(), r.regionCode(), r.regionName(), r.computedAt(), r.schoolCount(),
				r.regions(), r.schools().stream().map(s -> score(r.scheme(), s)).toList());
	}

	/**
	 * The rows of the 约谈整改 page for the caller and {@code state} (all by default): this
	 * platform's first, then for a bureau those the installations below opened in its
	 * region, marked with their source (ADR 0081); an unknown {@code state} is a 400.
	 */
	@GetMapping("/interviews")
	List<InterviewRow> interviews(@RequestParam(required = false) String state) {
		InterviewBoard board = interviews.board(InterviewFilter.strictly(state));
		List<InterviewRow> rows = new ArrayList<>(board.here().size() + board.below().size());
		board.here().forEach(v -> rows.add(InterviewRow.of(v)));
		board.below().forEach(v -> rows.add(InterviewRow.of(v, board.today())));
		return rows;
	}

	@GetMapping("/interviews/{id}")
	InterviewView interview(@PathVariable long id) {
		return interviews.interview(id);
	}

	@PostMapping("/schemes/{id}/interviews")
	@ResponseStatus(HttpStatus.CREATED)
	InterviewView open(@PathVariable long id, @Valid @RequestBody OpenInterview command) {
		return interviews.interview(interviews.open(id, command));
	}

	private static Score score(SchemeView scheme, RankedSchool s) {
		Map<Long, Double> points = new LinkedHashMap<>();
		SchoolFigures figures = s.figures();
		if (s.elsewhere() != null) {
			// scored below under that installation's own scheme: its total, no points of
			// this scheme's indicators
			return new Score(s.rank(), s.previousRank(), s.schoolId(), s.schoolName(), s.regionCode(), s.total(),
					s.hazards(), s.fixed(), s.openHazards(), s.overdue(), Map.of(), s.inspected(), s.inspectedItems(),
					Map.of(), s.source());
		}
		for (SchemeView.IndicatorView i : scheme.indicators()) {
			if (i.kind().computed()) {
				points.put(i.id(), Math.round(AssessmentScores.pointsOf(i, figures) * 100) / 100.0);
			}
		}
		return new Score(s.rank(), s.previousRank(), s.schoolId(), s.schoolName(), s.regionCode(), s.total(),
				s.hazards(), s.fixed(), s.openHazards(), s.overdue(), s.others(), s.inspected(), s.inspectedItems(),
				points, null);
	}

	private AssessmentPeriod period(String key) {
		return AssessmentPeriod.orQuarterOf(key, LocalDate.now(clock));
	}

}
