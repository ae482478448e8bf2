package vn.danhgia.rules.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.RuleMother;

/**
 * Seed 000 §III.3.1: "Số lượng cá nhân được đánh giá, xếp loại Hoàn thành xuất sắc nhiệm vụ không vượt quá 20% tổng số
 * cá nhân được đánh giá, xếp loại Hoàn thành tốt nhiệm vụ"; seed 002 §6.1: "làm tròn từ 0,5 trở lên làm tròn lên 1".
 */
class ExcellentQuotaTests {

    private final RatingRules rules = RatingRules.defaults();

    @Test
    void twelveGoodAllowTwoExcellent() {
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.peerGroup(12), rules);
        assertThat(allowance.places()).isEqualTo(2);
        assertThat(allowance.exact()).isEqualByComparingTo("2.4");
        assertThat(allowance.reasons()).extracting(RatingReason::code).containsExactly("quota-places");
        assertThat(allowance.reasons().get(0).arguments()).containsEntry("base", "12").containsEntry("share", "20")
                .containsEntry("places", "2");
    }

    /** 2,6 rounds up: "từ 0,5 trở lên làm tròn lên 1". */
    @Test
    void thirteenGoodAllowThreeExcellent() {
        assertThat(ExcellentQuota.allowedPlaces(13, rules)).isEqualTo(3);
    }

    @Test
    void twentyThreeGoodAllowFiveExcellent() {
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.peerGroup(23), rules);
        assertThat(allowance.exact()).isEqualByComparingTo("4.6");
        assertThat(allowance.places()).isEqualTo(5);
    }

    @Test
    void fiveGoodAllowOneExcellent() {
        assertThat(ExcellentQuota.allowedPlaces(5, rules)).isEqualTo(1);
    }

    /** 0,8 rounds up to 1. */
    @Test
    void fourGoodAllowOneExcellent() {
        assertThat(ExcellentQuota.allowedPlaces(4, rules)).isEqualTo(1);
    }

    @Test
    void twoGoodInAPeerGroupAllowNone() {
        assertThat(ExcellentQuota.allowedPlaces(2, rules)).isZero();
    }

    /**
     * Seed 000 §III.3.1: "Những nơi có dưới 05 cán bộ lãnh đạo, quản lý và có 100% xếp loại Hoàn thành tốt nhiệm vụ
     * thì được chọn 01 cán bộ". A unit of four leaders, all GOOD: the three members give 0,6, which is 1 anyway.
     */
    @Test
    void smallUnitOfFourAllGoodHasOnePlace() {
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.unit(List.of(
                candidate("Trưởng phòng Nguyễn Văn An", CollectiveRole.HEAD, RatingLevel.GOOD),
                candidate("Phó phòng Trần Thị Bình", CollectiveRole.DEPUTY, RatingLevel.EXCELLENT),
                candidate("Phó phòng Lê Văn Cường", CollectiveRole.DEPUTY, RatingLevel.GOOD),
                candidate("Phó phòng Phạm Thị Dung", CollectiveRole.DEPUTY, RatingLevel.GOOD))), rules);
        assertThat(allowance.places()).isEqualTo(1);
    }

    /** The small-unit rule is what gives a head and one deputy, both GOOD, a place (20 % of 1 is 0,2). */
    @Test
    void smallUnitRuleGivesAPlaceWhereTheShareGivesNone() {
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.unit(List.of(
                candidate("Giám đốc Trung tâm Võ Văn Em", CollectiveRole.HEAD, RatingLevel.GOOD),
                candidate("Phó Giám đốc Đỗ Thị Giang", CollectiveRole.DEPUTY, RatingLevel.EXCELLENT))), rules);
        assertThat(allowance.places()).isEqualTo(1);
        assertThat(allowance.reasons()).extracting(RatingReason::code).containsExactly("quota-places", "quota-small-unit");
    }

    /** "có 100% xếp loại Hoàn thành tốt": one leader only COMPLETED, so the small-unit place is not given. */
    @Test
    void smallUnitWithALeaderBelowGoodHasNoExtraPlace() {
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.unit(List.of(
                candidate("Trưởng phòng Nguyễn Văn An", CollectiveRole.HEAD, RatingLevel.GOOD),
                candidate("Phó phòng Trần Thị Bình", CollectiveRole.DEPUTY, RatingLevel.EXCELLENT),
                candidate("Phó phòng Lê Văn Cường", CollectiveRole.DEPUTY, RatingLevel.COMPLETED))), rules);
        assertThat(allowance.places()).isZero();
    }

    /**
     * Seed 002 §6.1: the head's level "không tính vào tỷ lệ xếp loại Hoàn thành xuất sắc nhiệm vụ của các thành viên
     * khác": a head and 12 members, all GOOD, give 20 % of 12 = 2,4 → 2, not 20 % of 13 → 3.
     */
    @Test
    void headIsLeftOutOfTheMembersQuota() {
        List<QuotaCandidate> unit = new ArrayList<>();
        unit.add(candidate("Chánh Văn phòng Hoàng Văn Hải", CollectiveRole.HEAD, RatingLevel.EXCELLENT));
        for (int i = 1; i <= 12; i++) {
            unit.add(candidate("Cán bộ " + i, CollectiveRole.MEMBER, RatingLevel.GOOD));
        }
        assertThat(ExcellentQuota.allowance(QuotaGroup.unit(unit), rules).places()).isEqualTo(2);
    }

    /**
     * The other reading of the base (DOMAIN "Beyond the seeds"): only those finally GOOD. With 13 qualifying, 3
     * places would leave 10 GOOD, whose 20 % is 2; 2 places leave 11 (2,2 → 2), so 2.
     */
    @Test
    void finallyGoodBaseCountsOnlyThoseLeftGood() {
        RatingRules finallyGood = RuleMother.withQuotaBase(QuotaBase.FINALLY_GOOD);
        QuotaAllowance allowance = ExcellentQuota.allowance(QuotaGroup.peerGroup(13), finallyGood);
        assertThat(allowance.places()).isEqualTo(2);
        assertThat(allowance.base()).isEqualTo(11);
        assertThat(ExcellentQuota.allowedPlaces(23, finallyGood)).isEqualTo(4);
        assertThat(ExcellentQuota.allowedPlaces(12, finallyGood)).isEqualTo(2);
    }

    private static QuotaCandidate candidate(String name, CollectiveRole role, RatingLevel level) {
        return new QuotaCandidate(name, name, role, level, null);
    }
}
