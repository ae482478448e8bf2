package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.TaskConditions;

/** Party organisations and leadership collectives on their own criteria (QĐ 366 Điều 11; DOMAIN-annual §2). */
class CollectiveAnnualTests {

    private final AnnualRatingEngine engine = new AnnualRatingEngine();

    private static AnnualCase.Builder cell(AnnualCase.CollectiveFacts facts) {
        return AnnualCase.builder(SubjectTrack.PARTY_ORGANISATION, 2026).points("95")
                .tasks(new TaskConditions(20, 20, 7, 0, 0)).collective(facts);
    }

    private AnnualSuggestion suggest(AnnualCase annualCase) {
        return engine.suggest(annualCase, AnnualLegalBasis.forYear(annualCase.year(), annualCase.track()));
    }

    @Test
    void excellentNeedsNoSubordinateAndNoLeadershipMemberDisciplined() {
        // QĐ 366 Điều 11.1 (tập thể): "Không có đơn vị trực thuộc … hoặc thành viên của tập thể lãnh đạo, quản lý bị
        // kỷ luật".
        assertThat(suggest(cell(AnnualCase.CollectiveFacts.NONE).build()).level()).isEqualTo(RatingLevel.EXCELLENT);
        AnnualSuggestion member = suggest(cell(new AnnualCase.CollectiveFacts(false, 0, 1, List.of())).build());
        assertThat(member.level()).isEqualTo(RatingLevel.GOOD);
        assertThat(member.hasReason("collective-members-disciplined")).isTrue();
        assertThat(suggest(cell(new AnnualCase.CollectiveFacts(false, 1, 0, List.of())).build()).level())
                .isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void aDisciplinedCollectiveIsNotCompleted() {
        // DOMAIN-annual §2 KHT triggers: the collective disciplined.
        assertThat(suggest(cell(new AnnualCase.CollectiveFacts(true, 0, 0, List.of())).build()).level())
                .isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void moreThanTwentyPercentOfSubordinatesNotCompletedFailsTheCollective() {
        // DOMAIN-annual §2 ([L], a setting): > 20 % of members or subordinate units KHT → KHT.
        List<RatingLevel> oneInFive = levels(1, 4);
        List<RatingLevel> twoInNine = levels(2, 7);
        assertThat(suggest(cell(new AnnualCase.CollectiveFacts(false, 0, 0, oneInFive)).build()).level())
                .isEqualTo(RatingLevel.EXCELLENT);
        AnnualSuggestion failing = suggest(cell(new AnnualCase.CollectiveFacts(false, 0, 0, twoInNine)).build());
        assertThat(failing.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(failing.hasReason("collective-subordinates-not-completed")).isTrue();
        AnnualLegalBasis off = AnnualLegalBasis.forYear(2026, SubjectTrack.PARTY_ORGANISATION);
        off = off.withThresholds(off.thresholds().withSubordinatesMaxNotCompletedShare(null));
        assertThat(engine.suggest(cell(new AnnualCase.CollectiveFacts(false, 0, 0, twoInNine)).build(), off).level())
                .isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void collectivesUseThePointsBandsAndTaskConditions() {
        // QĐ 366 Điều 11 (tập thể): the same four bands; HT needs 100 % done and ≤ 20 % behind schedule.
        assertThat(suggest(cell(AnnualCase.CollectiveFacts.NONE).points("89.99").build()).level())
                .isEqualTo(RatingLevel.GOOD);
        assertThat(suggest(cell(AnnualCase.CollectiveFacts.NONE).tasks(new TaskConditions(20, 20, 7, 5, 0)).build())
                .level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        AnnualCase leadership = AnnualCase.builder(SubjectTrack.LEADERSHIP_COLLECTIVE, 2023)
                .tasks(new TaskConditions(20, 20, 10, 0, 0)).collective(AnnualCase.CollectiveFacts.NONE).build();
        // QĐ 124 (2023): no points; 50 % beyond.
        assertThat(suggest(leadership).level()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void collectiveFactsBelongToCollectives() {
        assertThatThrownBy(() -> AnnualCase.builder(SubjectTrack.PARTY_MEMBER, 2026)
                .collective(AnnualCase.CollectiveFacts.NONE).build()).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RatingLevel> levels(int notCompleted, int good) {
        return Stream.concat(Collections.nCopies(notCompleted, RatingLevel.NOT_COMPLETED).stream(),
                Collections.nCopies(good, RatingLevel.GOOD).stream()).toList();
    }
}
