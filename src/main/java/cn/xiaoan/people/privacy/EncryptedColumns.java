package cn.xiaoan.people.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the {@link ReEncryptor} of a plain column: a table with a {@code bigint id}, a
 * {@code bytea} column written by {@link PersonalDataCipher#encrypt}, and optionally the
 * column holding its {@link PersonalDataCipher#blindIndex}. The owning module names its
 * own table; nothing here knows any.
 */
@Component
public class EncryptedColumns {

	private static final Logger log = LoggerFactory.getLogger(EncryptedColumns.class);

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate savepoint;

	private final PersonalDataCipher cipher;

	EncryptedColumns(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
			PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.template = template;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.cipher = cipher;
	}

	/**
	 * @param name the progress name, e.g. {@code people.student.id_card}
	 * @param table the table, e.g. {@code people.student}
	 * @param column the encrypted column
	 * @param indexColumn the blind-index column of the same value, or null
	 */
	public ReEncryptor of(String name, String table, String column, String indexColumn) {
		for (String identifier : new String[] { table, column, indexColumn == null ? "id" : indexColumn }) {
			if (!IDENTIFIER.matcher(identifier).matches()) {
				throw new IllegalArgumentException("not an SQL identifier: " + identifier);
			}
		}
		return new Column(name, table, column, indexColumn);
	}

	private record Row(long id, byte[] old, byte[] fresh, String index) {
	}

	private final class Column implements ReEncryptor {

		private final String name;

		private final String select;

		private final String count;

		private final String update;

		private final boolean indexed;

		Column(String name, String table, String column, String indexColumn) {
			this.name = name;
			this.indexed = indexColumn != null;
			this.select = "select id, " + column + " from " + table + " where id > :after and " + column
					+ " is not null and substring(" + column + " from 1 for 3) <> :prefix order by id limit :n";
			this.count = "select case get_byte(" + column + ", 0) when 0 then 0 else get_byte(" + column
					+ ", 1) * 256 + get_byte(" + column + ", 2) end as key_id, count(*) as n from " + table + " where "
					+ column + " is not null group by 1";
			// a row whose index was cleared on purpose (a student transferred out keeps
			// the number for the record, not for duplicate checks) keeps no index
			this.update = "update "
					+ table + " set " + column + " = ?" + (indexed
							? ", " + indexColumn + " = case when " + indexColumn + " is null then null else ? end" : "")
					+ " where id = ? and " + column + " = ?";
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public Map<Integer, Long> rowsByKey() {
			Map<Integer, Long> rows = new TreeMap<>();
			jdbc.sql(count).query((rs, n) -> rows.put(rs.getInt("key_id"), rs.getLong("n"))).list();
			return rows;
		}

		@Override
		public Batch reencrypt(long afterId, int limit) {
			List<Row> rows = new ArrayList<>();
			jdbc.sql(select)
				.param("after", afterId)
				.param("prefix", cipher.currentPrefix())
				.param("n", limit)
				.query((rs, n) -> {
					byte[] old = rs.getBytes(2);
					String plain = cipher.decrypt(old);
					return rows.add(new Row(rs.getLong(1), old, cipher.encrypt(plain),
							indexed ? cipher.blindIndex(plain) : null));
				})
				.list();
			if (rows.isEmpty()) {
				return new Batch(0, afterId, 0);
			}
			long lastId = rows.get(rows.size() - 1).id();
			try {
				int[][] counts = savepoint
					.execute(status -> template.batchUpdate(update, rows, rows.size(), (ps, row) -> bind(ps, row)));
				return new Batch(rows.size(), lastId, sum(counts));
			}
			catch (DataIntegrityViolationException ex) {
				// two rows of one person, their indexes made under different keys before
				// the
				// rotation: leave the later one under its old key for an operator to
				// resolve
				return new Batch(rows.size(), lastId, oneByOne(rows));
			}
		}

		private int oneByOne(List<Row> rows) {
			int rewritten = 0;
			for (Row row : rows) {
				try {
					rewritten += savepoint.execute(status -> template.update(update, ps -> bind(ps, row)));
				}
				catch (DataIntegrityViolationException ex) {
					log.warn("{}: row {} was left under key {}: its blind index is taken by another row", name,
							row.id(), PersonalDataCipher.keyIdOf(row.old()));
				}
			}
			return rewritten;
		}

		private void bind(java.sql.PreparedStatement ps, Row row) throws java.sql.SQLException {
			int i = 1;
			ps.setBytes(i++, row.fresh());
			if (indexed) {
				ps.setString(i++, row.index());
			}
			ps.setLong(i++, row.id());
			ps.setBytes(i, row.old());
		}

		private static int sum(int[][] counts) {
			int total = 0;
			for (int[] batch : counts) {
				for (int n : batch) {
					total += Math.max(n, 0);
				}
			}
			return total;
		}

	}

}
