package cn.xiaoan.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL's COPY text format, sent in one COPY within the current transaction.
 */
public final class CopyRows {

	private final StringBuilder text = new StringBuilder(1 << 16);

	private boolean rowStarted;

	private int rows;

	public CopyRows add(Object value) {
		if (rowStarted) {
			text.append('\t');
		}
		rowStarted = true;
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof byte[] bytes) {
			text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
		}
		else {
			escape(value.toString());
		}
		return this;
	}

	public CopyRows endRow() {
		text.append('\n');
		rowStarted = false;
		rows++;
		return this;
	}

	public int rows() {
		return rows;
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	/** COPYs the rows into {@code table (columns)} on the transaction's connection. */
	public long copyInto(DataSource dataSource, String tableAndColumns) {
		if (rows == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			return pg.getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into " + tableAndColumns + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
