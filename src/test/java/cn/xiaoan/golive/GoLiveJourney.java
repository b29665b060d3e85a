package cn.xiaoan.golive;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.support.Sheets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Going live on an empty database through the API alone, as a province's installer would:
 * the first {@code admin} loads the province's regions, creates the province bureau's
 * administrator, who creates the city's, who creates the county's, who imports a school
 * and its principal, who imports staff and students — and a teacher signs in. Runs
 * against any base URL: the test context on an empty embedded database, and CI's packaged
 * jar on a PostgreSQL server.
 */
final class GoLiveJourney {

	static final String PROVINCE = "450000";

	static final String CITY = "450400";

	static final String COUNTY = "450422";

	static final String NEW_PASSWORD = "GoLive2026x";

	static final List<String> SCHOOL_HEADERS = List.of("学校代码", "学校名称", "学校类型", "行政区划代码", "地址", "联系电话", "是否寄宿", "学生数",
			"寄宿生数", "教职工数");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String adminInitialPassword;

	private final String tag;

	GoLiveJourney(String baseUrl, String adminInitialPassword) {
		this.baseUrl = baseUrl;
		this.adminInitialPassword = adminInitialPassword;
		// usernames and codes unique per run, so the journey can run against a used
		// server
		this.tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
	}

	/** What the journey created, for the checks that follow it. */
	record Outcome(long schoolId, String teacher, String countyAdmin) {
	}

	Outcome run() throws Exception {
		Api admin = adminSignIn();

		JsonNode catalogue = admin.get("/api/v1/regions/catalogue").ok();
		assertThat(catalogue.findValuesAsString("code")).contains(PROVINCE, "530000", "110000");
		JsonNode loaded = admin.post("/api/v1/regions/catalogue/" + PROVINCE + "/load", Map.of("townships", true)).ok();
		JsonNode again = admin.post("/api/v1/regions/catalogue/" + PROVINCE + "/load", Map.of("townships", true)).ok();
		assertThat(loaded.get("added").asInt() + loaded.get("unchanged").asInt()).isGreaterThan(1_000);
		assertThat(again.get("added").asInt()).as("loading twice adds nothing").isZero();
		JsonNode townships = admin.get("/api/v1/regions?parent=" + COUNTY).ok();
		assertThat(townships.size()).as("藤县's townships").isGreaterThan(10);
		String township = townships.get(0).get("code").asString();

		String provinceAdmin = "gx" + tag;
		admin.post("/api/v1/accounts", account(provinceAdmin, "广西教育厅管理员", "BUREAU_ADMIN", PROVINCE, null)).status(201);
		Api province = firstSignIn(provinceAdmin, Api.INITIAL);
		province.post("/api/v1/accounts", account("root" + tag, "越权", "SYSTEM_ADMIN", null, null))
			.refused("a bureau administrator cannot create a system administrator");

		String cityAdmin = "wz" + tag;
		province.post("/api/v1/accounts", account(cityAdmin, "梧州市教育局管理员", "BUREAU_ADMIN", CITY, null)).status(201);
		Api city = firstSignIn(cityAdmin, Api.INITIAL);
		city.post("/api/v1/accounts", account("nn" + tag, "越界", "BUREAU_ADMIN", "450100", null))
			.refused("a city administrator cannot create an account for another city");

		String countyAdmin = "tx" + tag;
		city.post("/api/v1/accounts", account(countyAdmin, "藤县教育局管理员", "BUREAU_ADMIN", COUNTY, null)).status(201);
		Api county = firstSignIn(countyAdmin, Api.INITIAL);

		String schoolCode = "45" + String.format("%08d", Math.abs(tag.hashCode()) % 100_000_000);
		byte[] schools = Sheets.xlsx(SCHOOL_HEADERS,
				List.of(List.of(schoolCode, "藤县上线小学" + tag, "小学", township, "藤县某路1号", "0774-7000000", "否", 3, 0, 2)));
		county.upload("/api/v1/schools/imports", "学校.xlsx", schools, Map.of()).ok();
		JsonNode found = county.get("/api/v1/schools?text=" + enc("藤县上线小学" + tag)).ok();
		long schoolId = found.findValue("id").asLong();

		String principal = "xz" + tag;
		county.post("/api/v1/accounts", account(principal, "上线小学校长", "PRINCIPAL", null, schoolId)).status(201);
		Api head = firstSignIn(principal, Api.INITIAL);
		long grade = head.post("/api/v1/schools/" + schoolId + "/grades", Map.of("name", "一年级"))
			.status(201)
			.get("id")
			.asLong();
		head.post("/api/v1/schools/" + schoolId + "/classes", Map.of("gradeId", grade, "name", "1班")).status(201);

		String teacher = "js" + tag;
		byte[] staff = Sheets.xlsx(List.of("姓名", "性别", "手机号", "岗位", "是否专职", "工号", "登录账号"),
				List.of(List.of("李老师", "女", "13800001111", "班主任", "是", "T01", teacher),
						List.of("王保安", "男", "13800002222", "保安", "是", "G01", "")));
		head.awaitImport(head.upload("/api/v1/schools/" + schoolId + "/staff/imports", "教职工.xlsx", staff,
				Map.of("initialPassword", Api.INITIAL)), 2);
		byte[] students = Sheets.xlsx(Sheets.STUDENT_HEADERS,
				List.of(List.of("G" + tag + "01", "张小明", "", "一年级", "1班", "否", "张父", "13900001111", "父亲"),
						List.of("G" + tag + "02", "李小红", "", "一年级", "1班", "否", "李母", "13900002222", "母亲")));
		head.awaitImport(head.upload("/api/v1/schools/" + schoolId + "/students/imports", "学生.xlsx", students,
				Map.of("initialPassword", Api.INITIAL)), 2);
		assertThat(head.get("/api/v1/schools/" + schoolId + "/students").ok().toString()).contains("张小明", "李小红");

		Api teacherApi = firstSignIn(teacher, Api.INITIAL);
		assertThat(teacherApi.get("/api/v1/schools/" + schoolId + "/classes").ok().toString()).contains("1班");
		return new Outcome(schoolId, teacher, countyAdmin);
	}

	private static Map<String, Object> account(String username, String name, String role, String region, Long school) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", name);
		body.put("role", role);
		body.put("regionCode", region);
		body.put("schoolId", school);
		body.put("initialPassword", Api.INITIAL);
		body.put("dataKinds", List.of());
		return body;
	}

	/**
	 * The first administrator, on the initial password — or on the journey's own, where a
	 * browser journey on the same installation went first.
	 */
	private Api adminSignIn() throws Exception {
		Api api = new Api();
		Reply first = api.post("/api/v1/session", Map.of("username", "admin", "password", adminInitialPassword));
		if (first.code() == 401) {
			api.signIn("admin", NEW_PASSWORD);
			return api;
		}
		return firstSignIn("admin", adminInitialPassword);
	}

	/** Signs in with an initial password, changes it as required, and signs in again. */
	Api firstSignIn(String username, String initial) throws Exception {
		Api api = new Api();
		JsonNode session = api.signIn(username, initial);
		assertThat(session.get("mustChangePassword").asBoolean()).as(username + " must change the initial password")
			.isTrue();
		api.get("/api/v1/schools").status(403);
		api.put("/api/v1/me/password",
				Map.of("current", initial, "replacement", NEW_PASSWORD, "confirmation", NEW_PASSWORD))
			.status(204);
		Api fresh = new Api();
		assertThat(fresh.signIn(username, NEW_PASSWORD).get("mustChangePassword").asBoolean()).isFalse();
		return fresh;
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One signed-in client: its own cookies and CSRF token. */
	final class Api {

		static final String INITIAL = "Init2026go";

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private String csrf = "";

		JsonNode signIn(String username, String password) throws Exception {
			JsonNode body = post("/api/v1/session", Map.of("username", username, "password", password)).ok();
			csrf = body.get("csrfToken").asString();
			return body;
		}

		Reply get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
		}

		Reply post(String path, Object body) throws Exception {
			return send(json(path).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		}

		Reply put(String path, Object body) throws Exception {
			return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
		}

		Reply upload(String path, String fileName, byte[] content, Map<String, String> fields) throws Exception {
			String boundary = "----xiaoan" + UUID.randomUUID();
			List<byte[]> parts = new ArrayList<>();
			for (var field : fields.entrySet()) {
				parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			parts.add(content);
			parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("X-CSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
		}

		/** Waits for an import job the reply started and checks it imported every row. */
		void awaitImport(Reply started, int rows) throws Exception {
			String status = started.status(202).get("status").asString();
			for (int i = 0; i < 120; i++) {
				JsonNode job = get(status).ok();
				if (!"RUNNING".equals(job.get("status").asString())) {
					assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
					assertThat(job.get("importedRows").asInt()).as(job.toString()).isEqualTo(rows);
					return;
				}
				Thread.sleep(250);
			}
			throw new AssertionError("import did not finish: " + status);
		}

		private HttpRequest.Builder json(String path) {
			return HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("X-CSRF-TOKEN", csrf);
		}

		private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.header("Accept-Language", "zh-CN").build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(request.build().method() + " " + request.build().uri().getPath(), response.statusCode(),
					response.body());
		}

	}

	/** A response, checked by status. */
	record Reply(String request, int code, String body) {

		JsonNode ok() {
			return status(200);
		}

		JsonNode status(int expected) {
			assertThat(code).as(request + " answered " + body).isEqualTo(expected);
			return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
		}

		void refused(String rule) {
			assertThat(code).as(rule + ": " + request + " answered " + body).isIn(400, 403, 404);
		}

	}

}
