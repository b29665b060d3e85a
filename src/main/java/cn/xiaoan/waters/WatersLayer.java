package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MapLayer;

import org.springframework.stereotype.Component;

/**
 * The key waters on the county map (ADR 0047): the register's list for the caller, each
 * water by its outline, coloured by open findings first, then by its risk level — the
 * same states the register's {@code state} filter uses.
 */
@Component
class WatersLayer implements MapLayer {

	static final String FINDINGS = "findings";

	/** The states' keys, as the register's {@code state} filter takes them. */
	static final List<String> STATES = List.of(FINDINGS, "high", "medium", "low");

	private final WatersManagement waters;

	private final Waters store;

	WatersLayer(WatersManagement waters, Waters store) {
		this.waters = waters;
		this.store = store;
	}

	/** A water's state on the map and in the register's filter. */
	static String stateOf(WaterSummary w) {
		return w.openFindings() > 0 ? FINDINGS : w.riskLevel().name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public String key() {
		return "waters";
	}

	@Override
	public String messageKey() {
		return "waters.layer";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<State> states() {
		List<Colour> colours = List.of(Colour.PURPLE, Colour.RED, Colour.AMBER, Colour.GREEN);
		List<State> states = new ArrayList<>();
		for (int i = 0; i < STATES.size(); i++) {
			states.add(state(STATES.get(i), colours.get(i)));
		}
		return states;
	}

	private static State state(String key, Colour colour) {
		return new State(key, colour, "waters.layer." + key, "/waters?state=" + key);
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.can(WatersManagement.WATERS_READ);
	}

	@Override
	public List<Feature> features(CurrentUser user) {
		List<WaterSummary> list = waters.list();
		Map<Long, Outline> outlines = store.outlines(list.stream().map(WaterSummary::id).toList());
		List<Feature> features = new ArrayList<>();
		for (WaterSummary w : list) {
			Outline o = outlines.get(w.id());
			features.add(new Feature(w.name(), o == null ? List.of() : o.corners(), stateOf(w), "/waters/" + w.id()));
		}
		return features;
	}

	@Override
	public List<Landmark> landmarks(CurrentUser user) {
		Map<Long, Landmark> schools = new LinkedHashMap<>();
		for (WaterSummary w : waters.list()) {
			store.schools(w.id())
				.stream()
				.filter(s -> s.longitude() != null && s.latitude() != null)
				.forEach(s -> schools.putIfAbsent(s.schoolId(), new Landmark(s.name(), s.longitude(), s.latitude())));
		}
		return new ArrayList<>(schools.values());
	}

}
