package vn.danhgia.decision.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.scheme.Quarter;

/** Takes a peer group's quota lock for the caller's transaction, creating its row on first use. */
@Component
class ExcellentQuotaLocks {

    private final ExcellentQuotaLockRepository locks;
    private final TransactionTemplate creating;

    ExcellentQuotaLocks(ExcellentQuotaLockRepository locks, PlatformTransactionManager transactions) {
        this.locks = locks;
        this.creating = new TransactionTemplate(transactions);
        this.creating.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Call inside the deciding transaction before counting the places; held until it ends. */
    void take(String groupKey, Quarter quarter) {
        if (locks.findByGroup(groupKey, quarter.year(), quarter.number()).isEmpty()) {
            try {
                creating.executeWithoutResult(status -> locks.saveAndFlush(new ExcellentQuotaLock(groupKey,
                        quarter)));
            } catch (DataIntegrityViolationException createdMeanwhile) {
                // Another decision created the row at the same moment; the lock below uses theirs.
            }
        }
        locks.findForChange(groupKey, quarter.year(), quarter.number()).orElseThrow();
    }
}
