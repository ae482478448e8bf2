package vn.danhgia.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The full names of cadres by id, so that the audit trail can say whose record a change was made to. Provided by the
 * organisation module, which the platform may not depend on.
 */
public interface CadreNames {

    /** The full name of each of these cadres that exists, by id. */
    Map<Long, String> fullNames(Collection<Long> cadreIds);
}
