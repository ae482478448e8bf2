package vn.danhgia.reporting;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The load harnesses' baseline: PostgreSQL's own {@code COPY (select …) TO STDOUT} of exactly the statements a report
 * ran, with the values it bound. The application's DataSource is wrapped so that, while {@link #record} runs a piece
 * of work, every prepared statement the thread executes is kept as the PostgreSQL driver renders it with its
 * parameters in place; {@link #copy} then sends each of them through the driver's {@code CopyManager} into a stream
 * that only counts the bytes, so the figure is the database's time to find and send the same rows, without any Java
 * work on them. On H2 nothing is recorded.
 */
final class CopyBaseline implements BeanPostProcessor {

    private static final Set<String> EXECUTE_METHODS = Set.of("executeQuery", "execute");

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();
    private DataSource dataSource;

    /** What the copies took: the statements, the rows and bytes PostgreSQL sent, and the time. */
    record Copied(int statements, long rows, long bytes, double seconds) {
    }

    /** Runs the work and returns the statements it executed on this thread, each with its values written in. */
    List<String> record(Runnable work) {
        List<String> statements = new ArrayList<>();
        recording.set(statements);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        return statements;
    }

    /** Copies out the rows of each select, one after the other on one connection, as the report read them. */
    Copied copy(List<String> statements) throws SQLException, IOException {
        long rows = 0;
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        int copied = 0;
        try (Connection connection = dataSource.getConnection()) {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String statement : statements) {
                if (statement.stripLeading().regionMatches(true, 0, "select", 0, 6)
                        || statement.stripLeading().regionMatches(true, 0, "with", 0, 4)) {
                    try {
                        rows += copyApi.copyOut("COPY (" + statement + ") TO STDOUT", out);
                    } catch (SQLException failed) {
                        throw new SQLException("COPY of: " + statement, failed);
                    }
                    copied++;
                }
            }
        }
        return new Copied(copied, rows, out.bytes, (System.nanoTime() - start) / 1e9);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource target && !(bean instanceof RecordingDataSource)) {
            RecordingDataSource wrapped = new RecordingDataSource(target);
            dataSource = wrapped;
            return wrapped;
        }
        return bean;
    }

    private final class RecordingDataSource extends DelegatingDataSource implements Closeable {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recorded(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recorded(super.getConnection(username, password));
        }

        /** The pool is closed with the context, as it would be without the wrapper. */
        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception failure) {
                    throw new IOException(failure);
                }
            }
        }

        private Connection recorded(Connection connection) {
            return (Connection) Proxy.newProxyInstance(CopyBaseline.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("equals") && arguments != null && arguments.length == 1) {
                            return proxy == arguments[0];
                        }
                        if (method.getName().equals("hashCode") && (arguments == null || arguments.length == 0)) {
                            return System.identityHashCode(proxy);
                        }
                        Object result = invoke(method, connection, arguments);
                        return result instanceof PreparedStatement statement
                                && method.getName().equals("prepareStatement") ? recorded(statement) : result;
                    });
        }

        /**
         * The driver renders every value in place but an array, which it leaves as {@code ?}: arrays are kept as they
         * are bound and written in, in order, when the statement runs.
         */
        private PreparedStatement recorded(PreparedStatement statement) {
            SortedMap<Integer, String> arrays = new TreeMap<>();
            return (PreparedStatement) Proxy.newProxyInstance(CopyBaseline.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                        if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                                && arguments[1] instanceof Array array) {
                            arrays.put((Integer) arguments[0], "('" + array + "'::" + array.getBaseTypeName() + "[])");
                        }
                        List<String> statements = recording.get();
                        if (statements != null && EXECUTE_METHODS.contains(method.getName())
                                && (arguments == null || arguments.length == 0)
                                && statement.isWrapperFor(PGStatement.class)) {
                            String rendered = statement.unwrap(PGStatement.class).toString();
                            for (String array : arrays.values()) {
                                rendered = rendered.replaceFirst("\\?", Matcher.quoteReplacement(array));
                            }
                            statements.add(rendered);
                        }
                        return invoke(method, statement, arguments);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
                throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        }
    }

    /** Counts what PostgreSQL sends and keeps none of it. */
    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
