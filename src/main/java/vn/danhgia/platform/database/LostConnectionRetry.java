package vn.danhgia.platform.database;

import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Repeats once a transactional call whose database connection was lost (the server ended the session, the network
 * dropped it), when repeating it cannot do anything twice; otherwise the failure goes on to the handlers, which
 * answer 503. Safe to repeat means:
 * <ul>
 * <li>the call is the outermost one: no transaction was active when it began, so it owns all of its transactions
 *     and nobody above it holds state from the failed attempt;</li>
 * <li>no read-write transaction of the call reached its commit. The transaction manager tells this listener just
 *     before it commits; a connection lost from that moment on may have lost the answer to a commit the database
 *     carried out, and repeating the call could store the change twice. Read-only transactions change nothing, and a
 *     write that failed before its commit was rolled back with its connection;</li>
 * <li>the call has not been streaming its answer ({@link OutputStream} or {@link Writer} among its arguments): what
 *     was sent cannot be taken back.</li>
 * </ul>
 * The pool has evicted the dead connection by then ({@link EvictBrokenConnections}), so the second attempt gets a
 * fresh one; if that fails too, its failure is the answer.
 */
class LostConnectionRetry implements MethodInterceptor, TransactionExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(LostConnectionRetry.class);

    /** The outermost call running on this thread, if any. */
    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    /** What happened during one attempt of the outermost call. */
    private static final class Call {
        boolean writeReachedCommit;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (CURRENT.get() != null || TransactionSynchronizationManager.isActualTransactionActive()
                || streams(invocation.getArguments())) {
            return invocation.proceed();
        }
        Call call = new Call();
        CURRENT.set(call);
        try {
            Throwable first;
            try {
                // A clone for each attempt: proceeding twice on one invocation would skip the interceptors inside.
                return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
            } catch (Throwable failure) {
                if (call.writeReachedCommit || !DatabaseFailures.isConnectionLost(failure)) {
                    throw failure;
                }
                first = failure;
            }
            log.warn("Database connection lost during {}.{}; nothing had been committed, trying once more: {}",
                    invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                    first.toString());
            try {
                return ((ProxyMethodInvocation) invocation).invocableClone().proceed();
            } catch (Throwable again) {
                again.addSuppressed(first);
                throw again;
            }
        } finally {
            CURRENT.remove();
        }
    }

    /** Called by the transaction manager before it commits a transaction it began (not before joining one). */
    @Override
    public void beforeCommit(TransactionExecution transaction) {
        Call call = CURRENT.get();
        if (call != null && !transaction.isReadOnly()) {
            call.writeReachedCommit = true;
        }
    }

    private static boolean streams(Object[] arguments) {
        return Arrays.stream(arguments).anyMatch(argument -> argument instanceof OutputStream
                || argument instanceof Writer);
    }
}
