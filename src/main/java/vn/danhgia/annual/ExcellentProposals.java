package vn.danhgia.annual;

import java.util.Collection;
import java.util.Set;

/**
 * Who is proposed or decided EXCELLENT (hoàn thành xuất sắc nhiệm vụ) for a year, on either track, read from the live
 * yearly ratings: seed 003 §2.1 a (11) asks such a person's dossier for the evidence of their achievements. No scope
 * check: the caller has made its own.
 */
public interface ExcellentProposals {

    /** Those among the cadres whose live yearly rating of the year is proposed or decided EXCELLENT. */
    Set<Long> among(Collection<Long> cadreIds, int year);
}
