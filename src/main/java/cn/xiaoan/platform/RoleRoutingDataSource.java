package cn.xiaoan.platform;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The platform's {@code DataSource}: connections of the application role, except on a
 * thread inside {@link DatabaseRoles#asOwner}, which gets the owner's (the demo data and
 * the scale generator rebuild indexes). {@code owner} is the same pool when only one role
 * is configured.
 */
final class RoleRoutingDataSource extends DelegatingDataSource implements Closeable {

	/** Not inherited: a pool thread started inside must not stay the owner's for good. */
	private static final ThreadLocal<Boolean> OWNER = ThreadLocal.withInitial(() -> false);

	private final Supplier<DataSource> ownerFactory;

	private final boolean split;

	private volatile DataSource owner;

	RoleRoutingDataSource(DataSource app, Supplier<DataSource> ownerFactory, boolean split) {
		super(app);
		this.ownerFactory = ownerFactory;
		this.split = split;
	}

	boolean split() {
		return split;
	}

	DataSource owner() {
		if (!split) {
			return getTargetDataSource();
		}
		DataSource built = owner;
		if (built == null) {
			synchronized (this) {
				if (owner == null) {
					owner = ownerFactory.get();
				}
				built = owner;
			}
		}
		return built;
	}

	static <T> T asOwner(Supplier<T> work) {
		boolean outer = OWNER.get();
		OWNER.set(true);
		try {
			return work.get();
		}
		finally {
			OWNER.set(outer);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		return OWNER.get() ? owner().getConnection() : super.getConnection();
	}

	@Override
	public void close() throws IOException {
		for (DataSource ds : new DataSource[] { getTargetDataSource(), owner }) {
			if (ds instanceof Closeable c) {
				c.close();
			}
		}
	}

}
