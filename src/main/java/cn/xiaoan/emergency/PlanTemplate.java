package cn.xiaoan.emergency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan template written for the platform (resources
 * {@code emergency/plan-templates/<KIND>.txt}): the title, the organisation's roles with
 * their duties (staff to be named by the school), the contact numbers every school needs
 * and the procedures. A school starts from it and adapts it.
 */
record PlanTemplate(PlanKind kind, String title, List<PlanMember> members, List<PlanContact> contacts,
		String procedures) {

	static PlanTemplate of(PlanKind kind) {
		String path = "/emergency/plan-templates/" + kind.name() + ".txt";
		try (InputStream in = PlanTemplate.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("no template " + path);
			}
			return parse(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PlanTemplate parse(PlanKind kind, String text) {
		String title = "";
		List<PlanMember> members = new ArrayList<>();
		List<PlanContact> contacts = new ArrayList<>();
		StringBuilder procedures = new StringBuilder();
		String section = "";
		for (String line : text.split("\\R")) {
			if (line.startsWith("title=")) {
				title = line.substring(6).trim();
			}
			else if (line.startsWith("[") && line.endsWith("]")) {
				section = line;
			}
			else if (section.equals("[organisation]") && line.contains("|")) {
				String[] parts = line.split("\\|", 2);
				members.add(new PlanMember(parts[0].trim(), null, "", parts[1].trim()));
			}
			else if (section.equals("[contacts]") && line.contains("|")) {
				String[] parts = line.split("\\|", 2);
				contacts.add(new PlanContact(parts[0].trim(), parts[1].trim()));
			}
			else if (section.equals("[procedures]")) {
				procedures.append(line).append('\n');
			}
		}
		return new PlanTemplate(kind, title, List.copyOf(members), List.copyOf(contacts),
				procedures.toString().strip());
	}

}
