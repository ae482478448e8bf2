package vn.danhgia.support;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Counts the SQL statements the current thread prepares while it runs a piece of work, whatever issues them (JPA,
 * JdbcClient, Flyway): the application's DataSource is wrapped so that every connection reports each statement it
 * creates. Used to show that a page costs a fixed number of queries, not one per row.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement",
            "prepareCall");

    private final ThreadLocal<int[]> counting = new ThreadLocal<>();

    /** The number of statements the work prepared on this thread. */
    public int count(Runnable work) {
        int[] count = {0};
        int[] outer = counting.get();
        counting.set(count);
        try {
            work.run();
        } finally {
            counting.set(outer);
        }
        return count[0];
    }

    /** The number of statements one request prepared on this thread; it must answer 200. */
    public int count(MockMvc mvc, RequestBuilder request) {
        return count(() -> {
            try {
                mvc.perform(request).andExpect(MockMvcResultMatchers.status().isOk());
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource) : bean;
    }

    private final class CountingDataSource extends DelegatingDataSource implements Closeable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
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

        private Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("equals") && arguments != null && arguments.length == 1) {
                            return proxy == arguments[0];
                        }
                        if (method.getName().equals("hashCode") && (arguments == null || arguments.length == 0)) {
                            return System.identityHashCode(proxy);
                        }
                        int[] count = counting.get();
                        if (count != null && STATEMENT_METHODS.contains(method.getName())) {
                            count[0]++;
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException failure) {
                            throw failure.getCause();
                        }
                    });
        }
    }
}
