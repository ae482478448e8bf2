package vn.danhgia.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.quarterly.SubmissionDeadline;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * Extensions of the plan and self-assessment deadlines (gia hạn, issue 12 "Late work has a path"). One cadre at a
 * time: the scope checks that say who approves a step are per cadre, and the reasons (leave, illness, a late
 * assignment) are personal; a head extends a whole unit by granting each of its people. Granting needs the person who
 * approves the cadre's plans and receives their self-assessments (AccessScope#canApprove), a day after the scheme's
 * deadline and not in the past, and a reason; it is audited. Granting again replaces the day and the reason.
 */
public interface DeadlineExtensions {

    /**
     * Grants (or replaces) the cadre's extension for the step of the quarter.
     *
     * @param expectedVersion the version of the extension being replaced; null when granting the first one
     */
    DeadlineExtensionView grant(CadreId cadre, DeadlineStep step, Quarter quarter, LocalDate lastDay, String reason,
                                Long expectedVersion);

    /** The cadre's extension for the step of the quarter; no scope check, callers check the person's scope first. */
    Optional<DeadlineExtensionView> find(CadreId cadre, DeadlineStep step, Quarter quarter);

    /** The same for many cadres with one query; cadres without an extension are missing from the map. */
    Map<CadreId, DeadlineExtensionView> find(Collection<CadreId> cadres, DeadlineStep step, Quarter quarter);

    /** The cadre's deadline for the step: the scheme's, moved by the extension if one was granted. */
    SubmissionDeadline deadline(CadreId cadre, DeadlineStep step, Quarter quarter, Optional<LocalDate> schemeLastDay);
}
