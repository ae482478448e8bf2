package vn.danhgia.membership.internal;

import java.time.LocalDate;

/** The values of a membership, as stored. */
record MembershipTerms(long cell, LocalDate admittedOn, LocalDate officialOn, LocalDate exemptSince,
                       LocalDate suspendedSince) {
}
