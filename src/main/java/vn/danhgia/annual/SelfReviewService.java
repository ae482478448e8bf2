package vn.danhgia.annual;

import java.util.List;

/**
 * Self-reviews of the annual review (bản kiểm điểm, seed 003 §2.1 a, §2.2 b; seed 004 §II.3, §III). A person opens
 * their own for a year and gets it prefilled: the tasks from the year's quarters, the authority's review suggestions
 * and last year's shortcomings to remedy; a unit head opens the collective's report (Mẫu 01). The subject edits it
 * while a draft and submits it. Whoever may not read a record is answered as if it did not exist; changes carry the
 * version the caller read.
 */
public interface SelfReviewService {

    /** The signed-in person's self-review of the year if opened (empty for an account with no cadre). */
    java.util.Optional<SelfReviewView> findMine(int year);

    /** The signed-in person's self-review of the year, created and prefilled on first opening. */
    SelfReviewView openMine(int year);

    /** The collective report (Mẫu 01) of a unit the signed-in person heads, created and prefilled on first opening. */
    SelfReviewView openCollective(long unitId, int year);

    SelfReviewView get(long id);

    SelfReviewView save(long id, long expectedVersion, SelfReviewContent content);

    SelfReviewView submit(long id, long expectedVersion);

    /** The unit's people with the form each fills and their self-review's status: its leadership and personnel. */
    List<SelfReviewLine> ofUnit(long unitId, int year);

    /** The suggestions recorded for a person and year, for those who may read the person's records. */
    List<SelfReviewSuggestion> suggestions(long cadreId, int year);

    /** Records a review suggestion for a person: the authority or leadership that rates them. */
    SelfReviewSuggestion suggest(long cadreId, int year, String text);
}
