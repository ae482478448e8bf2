package vn.danhgia.rules.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.annual.ReviewOrder.Rank;
import vn.danhgia.rules.annual.ReviewOrder.Reason;
import vn.danhgia.rules.annual.ReviewOrder.Refusal;
import vn.danhgia.rules.annual.ReviewOrder.Step;
import vn.danhgia.rules.annual.ReviewOrder.Track;

class ReviewOrderTests {

    private static final String BCH = "BCH";

    private static Step committee(boolean closed) {
        return Step.collective(BCH, Track.PARTY, "Ban Chấp hành Đảng bộ phường", closed);
    }

    private static Step secretary(boolean closed) {
        return Step.individual("A", BCH, "A", Rank.HEAD, Track.PARTY, "Nguyễn Thị Ngọc Dung", "Bí thư", closed, true);
    }

    private static Step deputy(boolean closed) {
        return Step.individual("B", BCH, "B", Rank.DEPUTY, Track.PARTY, "Trần Văn B", "Phó Bí thư", closed, true);
    }

    // Seed 003 §I.2 "kiểm điểm tập thể lãnh đạo trước, cá nhân sau"; seed 004 §I.2.
    @Test
    void deputyBeforeTheCollectiveIsRefusedNamingTheCollective() {
        Refusal refusal = ReviewOrder.checkClose(deputy(false), List.of(committee(false), secretary(false),
                deputy(false))).orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Reason.COLLECTIVE_FIRST);
        assertThat(refusal.first().name()).isEqualTo("Ban Chấp hành Đảng bộ phường");
        assertThat(refusal.messageArguments()).containsExactly("Trần Văn B", "Phó Bí thư",
                "Ban Chấp hành Đảng bộ phường", "");
    }

    // Seed 003 §I.2 "kiểm điểm người đứng đầu trước, cấp phó của người đứng đầu sau"; §2.3 "Chánh Văn phòng kiểm
    // điểm trước, các Phó Chánh Văn phòng kiểm điểm sau".
    @Test
    void deputyBeforeTheHeadIsRefusedNamingTheHead() {
        Refusal refusal = ReviewOrder.checkClose(deputy(false), List.of(committee(true), secretary(false)))
                .orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Reason.HEAD_FIRST);
        assertThat(refusal.first().name()).isEqualTo("Nguyễn Thị Ngọc Dung");
    }

    @Test
    void inOrderEveryStepCloses() {
        assertThat(ReviewOrder.checkClose(committee(false), List.of(secretary(false), deputy(false)))).isEmpty();
        assertThat(ReviewOrder.checkClose(secretary(false), List.of(committee(true), deputy(false)))).isEmpty();
        assertThat(ReviewOrder.checkClose(deputy(false), List.of(committee(true), secretary(true)))).isEmpty();
    }

    // Seed 003 §I.2: the collective before the head too.
    @Test
    void headBeforeTheCollectiveIsRefused() {
        assertThat(ReviewOrder.checkClose(secretary(false), List.of(committee(false))))
                .map(Refusal::reason).contains(Reason.COLLECTIVE_FIRST);
    }

    // A member of another collective does not wait for this one.
    @Test
    void anotherCollectiveDoesNotBlock() {
        Step cell = Step.collective("CB1", Track.PARTY, "Chi bộ Khu phố 1", false);
        assertThat(ReviewOrder.checkClose(deputy(false), List.of(cell, committee(true), secretary(true))))
                .isEmpty();
    }

    // Seed 003 §I.2 "đánh giá xếp loại chất lượng công chức, viên chức, người lao động trước, đánh giá xếp loại,
    // chất lượng đảng viên sau".
    @Test
    void partyRatingBeforeTheCivilServantRatingOfTheSamePersonIsRefused() {
        Step civil = Step.individual("B-civil", "PHONG", "B", Rank.DEPUTY, Track.CIVIL_SERVICE, "Trần Văn B",
                "Phó Trưởng phòng", false, true);
        Step member = Step.individual("B-party", "CB1", "B", Rank.MEMBER, Track.PARTY, "Trần Văn B", "Đảng viên",
                false, true);
        Step cell = Step.collective("CB1", Track.PARTY, "Chi bộ Phòng Kinh tế", true);

        Refusal refusal = ReviewOrder.checkClose(member, List.of(cell, civil)).orElseThrow();

        assertThat(refusal.reason()).isEqualTo(Reason.CIVIL_SERVICE_FIRST);
        assertThat(refusal.first().key()).isEqualTo("B-civil");
        Step civilClosed = Step.individual("B-civil", "PHONG", "B", Rank.DEPUTY, Track.CIVIL_SERVICE, "Trần Văn B",
                "Phó Trưởng phòng", true, true);
        assertThat(ReviewOrder.checkClose(member, List.of(cell, civilClosed))).isEmpty();
    }

    // Seed 004 §II.1: a head not reviewed (e.g. suspended) blocks nobody.
    @Test
    void aHeadNotReviewedBlocksNobody() {
        Step suspendedHead = Step.individual("A", BCH, "A", Rank.HEAD, Track.PARTY, "Nguyễn Thị Ngọc Dung", "Bí thư",
                false, false);
        assertThat(ReviewOrder.checkClose(deputy(false), List.of(committee(true), suspendedHead))).isEmpty();
    }

    @Test
    void closingAClosedStepIsAProgrammingError() {
        assertThatThrownBy(() -> ReviewOrder.checkClose(deputy(true), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
