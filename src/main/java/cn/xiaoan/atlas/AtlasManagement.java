package cn.xiaoan.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.MapLayer;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the map layers the caller reads. The county map is for the bureaus of a county
 * and above, and for a school's leaders (their school's surroundings); a partner
 * department opens it when it reads at least one layer, and sees only those.
 */
@Service
@Transactional(readOnly = true)
public class AtlasManagement {

	/** Open the county map: bureaus (a county and above) and school leaders. */
	public static final Permission MAP_READ = Permission.grantedTo("ATLAS_MAP_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final List<MapLayer> layers;

	AtlasManagement(List<MapLayer> layers) {
		this.layers = layers.stream().sorted(Comparator.comparingInt(MapLayer::order)).toList();
	}

	/** May the caller open the map? */
	public boolean mayOpen(CurrentUser caller) {
		if (caller.role().isPartner()) {
			return layers.stream().anyMatch(l -> l.visibleTo(caller));
		}
		if (!caller.can(MAP_READ)) {
			return false;
		}
		DataScope scope = caller.scope();
		// a township bureau keeps its own lists; the one map is the county's
		return scope.kind() != DataScope.Kind.REGION || scope.regionPrefix().length() <= 6;
	}

	/** The layers the caller reads with their features, and the schools they know. */
	public Atlas atlas() {
		CurrentUser caller = Callers.current();
		if (!mayOpen(caller)) {
			throw new AccessDenied("the county map is not open to " + caller.role());
		}
		List<LayerFeatures> read = new ArrayList<>();
		Map<String, MapLayer.Landmark> schools = new LinkedHashMap<>();
		for (MapLayer layer : layers) {
			if (layer.visibleTo(caller)) {
				read.add(new LayerFeatures(layer, layer.features(caller)));
				layer.landmarks(caller).forEach(s -> schools.putIfAbsent(s.name(), s));
			}
		}
		return new Atlas(read, new ArrayList<>(schools.values()));
	}

	/** A layer and its features for the caller. */
	public record LayerFeatures(MapLayer layer, List<MapLayer.Feature> features) {

		/** How many features are in a state (placed or not). */
		public long count(String state) {
			return features.stream().filter(f -> f.state().equals(state)).count();
		}

		/** How many features have no place yet. */
		public long unplaced() {
			return features.stream().filter(f -> !f.placed()).count();
		}

	}

	/** What the caller's map holds. */
	public record Atlas(List<LayerFeatures> layers, List<MapLayer.Landmark> schools) {

		public Set<String> keys() {
			return layers.stream().map(l -> l.layer().key()).collect(java.util.stream.Collectors.toSet());
		}

	}

}
