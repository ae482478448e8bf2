package vn.danhgia.organization.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;

/**
 * Loads the demo body, Văn phòng UBND tỉnh Ninh Bình (seed 000), on start-up with the "demo" profile. Does nothing
 * when the body is already there, so restarts never duplicate it. Runs first (order 0) so that demo loaders of other
 * modules find the people.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "danhgia.demo.organization", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@Order(0)
class OrganizationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final OrganizationService service;
    private final OrganizationQueries queries;
    private final TransactionTemplate transaction;

    OrganizationDemoData(OrganizationService service, OrganizationQueries queries,
                         PlatformTransactionManager transactionManager) {
        this.service = service;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (queries.unitByCode(NinhBinhOffice.AGENCY_CODE).isPresent()) {
                log.info("Demo organisation {} already present", NinhBinhOffice.AGENCY_CODE);
                return;
            }
            int cadres = new NinhBinhOffice(service).build();
            log.info("Demo organisation {} loaded with {} cadres", NinhBinhOffice.AGENCY_CODE, cadres);
        });
    }
}
