package cn.xiaoan.platform;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The platform's {@code DataSource}: connections of the application role, except on a
 * thread inside {@link DatabaseRoles#asOwner}, which gets the owner's (the demo data and
 * the scale generator rebuild indexes). {@code owner} is the same pool when only one role
 * is configured. On a thread inside {@link #onReplica} (a {@code @ReadsReplica} method),
 * a connection comes from the read replica when one is configured and fresh enough.
 */
final class RoleRoutingDataSource extends DelegatingDataSource implements Closeable {

	/** Not inherited: a pool thread started inside must not stay the owner's for good. */
	private static final ThreadLocal<Boolean> OWNER = ThreadLocal.withInitial(() -> false);

	/** Not inherited either: work handed to another thread decides for itself. */
	private static final ThreadLocal<Boolean> REPLICA = ThreadLocal.withInitial(() -> false);

	private final Supplier<DataSource> ownerFactory;

	private final boolean split;

	private volatile DataSource owner;

	private final ReadReplica replica;

	RoleRoutingDataSource(DataSource app, Supplier<DataSource> ownerFactory, boolean split) {
		this(app, ownerFactory, split, null);
	}

	RoleRoutingDataSource(DataSource app, Supplier<DataSource> ownerFactory, boolean split, ReadReplica replica) {
		super(app);
		this.ownerFactory = ownerFactory;
		this.split = split;
		this.replica = replica;
	}

	ReadReplica replica() {
		return replica;
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

	static <T> T onReplica(Supplier<T> work) {
		boolean outer = REPLICA.get();
		REPLICA.set(true);
		try {
			return work.get();
		}
		finally {
			REPLICA.set(outer);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (OWNER.get()) {
			return owner().getConnection();
		}
		if (REPLICA.get() && replica != null) {
			Optional<Connection> read = replica.connection();
			if (read.isPresent()) {
				return read.get();
			}
		}
		return super.getConnection();
	}

	/**
	 * Closes the pools this wrapper opened itself: the owner's (the first migration opens
	 * it) and the replica's. A wrapper made by a post-processor is not what the context
	 * destroys (it closes the pool it wrapped), so {@link DatabaseRoles} calls this.
	 */
	void closeOwnPools() throws IOException {
		if (split && owner instanceof Closeable c) {
			c.close();
		}
		if (replica != null) {
			replica.close();
		}
	}

	@Override
	public void close() throws IOException {
		closeOwnPools();
		if (getTargetDataSource() instanceof Closeable c) {
			c.close();
		}
	}

}
