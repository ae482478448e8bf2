package vn.danhgia.membership;

import java.time.LocalDate;
import vn.danhgia.organization.UnitId;

/**
 * A party membership as an administrator records it (seed 004 §II.1): the cell, the admission and official dates,
 * and the start of an exemption or a suspension, each {@code null} when none.
 */
public record MembershipChange(UnitId cell, LocalDate admittedOn, LocalDate officialOn, LocalDate exemptSince,
                               LocalDate suspendedSince) {
}
