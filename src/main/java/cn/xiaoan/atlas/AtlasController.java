package cn.xiaoan.atlas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The county map page: the layers the caller reads, toggled by query parameters
 * ({@code pick=1&layer=waters&layer=…}; all when none is picked), with the legend.
 */
@Controller
class AtlasController {

	private final AtlasManagement atlas;

	private final AtlasMap map;

	private final MessageSource messages;

	AtlasController(AtlasManagement atlas, AtlasMap map, MessageSource messages) {
		this.atlas = atlas;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String pick, @RequestParam(required = false) List<String> layer,
			Model model, Locale locale) {
		AtlasManagement.Atlas read = atlas.atlas();
		Set<String> shown = new LinkedHashSet<>(read.keys());
		if (pick != null) {
			shown.retainAll(layer == null ? List.of() : layer);
		}
		model.addAttribute("atlas", read);
		model.addAttribute("shown", shown);
		model.addAttribute("view", map.draw(read, shown, key -> messages.getMessage(key, null, key, locale)));
		return "atlas/map";
	}

}
