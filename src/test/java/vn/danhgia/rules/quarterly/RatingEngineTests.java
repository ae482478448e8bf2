package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.RuleMother;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.RulesBundles;

class RatingEngineTests {

    private final RatingEngine engine = new RatingEngine();
    private final RatingRules rules = RatingRules.defaults();

    private RatingSuggestion suggest(RatingCase.Builder builder) {
        return engine.suggest(builder.build(), rules);
    }

    private static List<String> codes(RatingSuggestion suggestion) {
        return suggestion.reasons().stream().map(RatingReason::code).toList();
    }

    private static RatingReason reason(RatingSuggestion suggestion, String code) {
        return suggestion.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Nested
    class PointsBand {

        /** Quy định 366-QĐ/TW Điều 11: from 90 EXCELLENT, 70 to under 90 GOOD, 50 to under 70 COMPLETED. */
        @Test
        void bandsFollowQuyDinh366Article11() {
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("90")), rules))
                    .isEqualTo(RatingLevel.EXCELLENT);
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("89.99")), rules))
                    .isEqualTo(RatingLevel.GOOD);
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("70")), rules))
                    .isEqualTo(RatingLevel.GOOD);
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("69.99")), rules))
                    .isEqualTo(RatingLevel.COMPLETED);
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("50")), rules))
                    .isEqualTo(RatingLevel.COMPLETED);
            assertThat(RatingEngine.band(Fraction.of(new BigDecimal("49.99")), rules))
                    .isEqualTo(RatingLevel.NOT_COMPLETED);
        }

        /**
         * Seed 002 Phụ lục 2 and Mẫu 03 print the total with two decimals, half-up; Quy định 366-QĐ/TW Điều 11's bounds
         * (90/70/50) are read on that printed figure, which the reason quotes: x,xx5 reaches the bound, x,xx4 does not.
         */
        @ParameterizedTest(name = "{0} is printed {1} and falls in {2}")
        @CsvSource({
                "89.994, 89.99, GOOD",
                "89.995, 90.00, EXCELLENT",
                "69.994, 69.99, COMPLETED",
                "69.995, 70.00, GOOD",
                "49.994, 49.99, NOT_COMPLETED",
                "49.995, 50.00, COMPLETED"})
        void bandIsReadOnTheTotalAsMau03PrintsIt(String exact, String printed, RatingLevel band) {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().score(RatingCaseMother.scoreOf(exact)));
            RatingReason points = reason(suggestion, "points-band");
            assertThat(points.arguments()).containsEntry("total", printed).containsEntry("band", band.name());
            assertThat(points.cap()).isEqualTo(band);
            assertThat(suggestion.level()).isEqualTo(band);
        }

        /**
         * Issue 12 §1: a total of 89,998… (1079,98/12, no finite decimal) was GOOD while its reason said "Tổng điểm đạt
         * 90/100". Mẫu 03 prints 90,00, so it is EXCELLENT's band (Quy định 366-QĐ/TW Điều 11) and the message agrees.
         */
        @Test
        void totalPrintedAsNinetyIsNeverGood() {
            Fraction total = Fraction.of(new BigDecimal("1079.98"), new BigDecimal("12"));
            assertThat(total.compareTo(new BigDecimal("90"))).isNegative();
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().score(new QuarterlyScore(
                    new BigDecimal("30"), total.plus(Fraction.of(new BigDecimal("-30"))), total, new BigDecimal("70"),
                    List.of())));
            RatingReason points = reason(suggestion, "points-band");
            assertThat(points.render(RulesBundles.VI, RulesBundles.VIETNAMESE))
                    .startsWith("Tổng điểm đạt 90/100, thuộc khung “Hoàn thành xuất sắc nhiệm vụ”");
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        }

        /** Quy định 366 Điều 11: a level needs its band and its conditions; 78 points with EXCELLENT conditions is GOOD. */
        @Test
        void goodBandCapsExcellentConditions() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().score(RatingCaseMother.scoreOf("78")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
            RatingReason band = reason(suggestion, "points-band");
            assertThat(band.cap()).isEqualTo(RatingLevel.GOOD);
            assertThat(band.source()).isEqualTo(RuleSource.QD_366_ARTICLE_11);
            assertThat(band.arguments()).containsEntry("total", "78.00").containsEntry("band", "GOOD");
        }

        /** Seed 000 §III.3 rates on conditions only ("không chấm điểm"): no band, no score needed. */
        @Test
        void conditionsOnlySchemeSkipsTheBand() {
            RatingSuggestion suggestion = engine.suggest(
                    RatingCase.builder().tasks(TaskMother.tasks(3, 7)).build(), RuleMother.conditionsOnly());
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(codes(suggestion)).containsExactly("beyond-share-met");
        }

        @Test
        void bandsSchemeWithoutScoreIsRefused() {
            assertThatThrownBy(() -> suggest(RatingCase.builder().tasks(TaskMother.tasks(3, 7))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no score");
        }
    }

    @Nested
    class TaskConditionsOfTheLevel {

        /**
         * Seed 002 §6.1: "Trường hợp cá nhân hoàn thành dưới 100% nhiệm vụ được giao trong quý thì xếp loại Không
         * hoàn thành nhiệm vụ". The worked example scores 91.93 but leaves one of two monthly reports undone.
         */
        @Test
        void seed002ExampleIsNotCompletedDespite91Points() {
            RatingSuggestion suggestion = suggest(RatingCase.builder().scoreSheet(ScoreSheetMother.allCriteriaMet(),
                    List.of(new AxisTasks(1, new BigDecimal("70"), ScoreSheetMother.seed002ExampleTasks()))));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
            assertThat(codes(suggestion)).containsExactly("points-band", "not-all-done", "beyond-share-short");
            assertThat(reason(suggestion, "points-band").arguments()).containsEntry("total", "91.93");
            RatingReason notAllDone = reason(suggestion, "not-all-done");
            assertThat(notAllDone.cap()).isEqualTo(RatingLevel.NOT_COMPLETED);
            assertThat(notAllDone.source()).isEqualTo(RuleSource.SEED_002_6_1);
            assertThat(notAllDone.arguments()).containsEntry("notDone", "1").containsEntry("assigned", "5");
        }

        /**
         * Seed 002 §6.1: "trừ trường hợp vì lý do khách quan, bất khả kháng được cấp có thẩm quyền xác nhận (nêu lý
         * do cụ thể)": the undone task is excused and the reason names the cause.
         */
        @Test
        void confirmedForceMajeureExcusesTheUndoneTasks() {
            String cause = "Lãnh đạo Ban điều động đi công tác phòng, chống bão số 3 trong tháng 8";
            RatingSuggestion suggestion = suggest(RatingCase.builder().scoreSheet(ScoreSheetMother.allCriteriaMet(),
                            List.of(new AxisTasks(1, new BigDecimal("70"),
                                    ScoreSheetMother.seed002ExampleTasks())))
                    .forceMajeure(cause));
            assertThat(codes(suggestion)).containsExactly("points-band", "force-majeure", "beyond-share-short");
            RatingReason forceMajeure = reason(suggestion, "force-majeure");
            assertThat(forceMajeure.informs()).isTrue();
            assertThat(forceMajeure.arguments()).containsEntry("reason", cause).containsEntry("notDone", "1");
            // The four remaining tasks: one beyond requirement is 25 %, short of 30 %, so GOOD rather than EXCELLENT.
            assertThat(reason(suggestion, "beyond-share-short").arguments())
                    .containsEntry("assessed", "4").containsEntry("share", "25");
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
        }

        /**
         * Issue 12 §2. Seed 002 §6.1 excuses undone tasks from the automatic "Không hoàn thành nhiệm vụ"; it does not
         * turn a quarter in which nothing was done into "Hoàn thành tốt nhiệm vụ". Such a quarter belongs to §7 d
         * ("kết quả ... sẽ được xem xét sang quý tiếp theo") or to the authority: the reason says so, the level stays
         * at most COMPLETED (not NOT_COMPLETED, which §6.1 lifts) and the suggestion asks for the authority.
         */
        @Test
        void forceMajeureExcusingEveryTaskIsLeftToDeferralOrTheAuthorityNotGood() {
            String cause = "Toàn bộ quý III tham gia Sở Chỉ huy phòng, chống lũ theo Quyết định của Chủ tịch UBND tỉnh";
            RatingSuggestion suggestion = engine.suggest(RatingCase.builder()
                    .taskConditions(new TaskConditions(4, 0, 0, 0, 0)).forceMajeure(cause).build(),
                    RuleMother.conditionsOnly());
            assertThat(codes(suggestion)).containsExactly("force-majeure", "force-majeure-nothing-done");
            RatingReason nothingDone = reason(suggestion, "force-majeure-nothing-done");
            assertThat(nothingDone.cap()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(nothingDone.source()).isEqualTo(RuleSource.SEED_002_7_D);
            assertThat(nothingDone.arguments()).containsEntry("assigned", "4");
            assertThat(nothingDone.render(RulesBundles.VI, RulesBundles.VIETNAMESE))
                    .contains("Không hoàn thành nhiệm vụ nào trong 4 nhiệm vụ được giao")
                    .contains("Mục 6.1 chỉ loại trừ việc đương nhiên xếp loại “Không hoàn thành nhiệm vụ”")
                    .contains("hoãn đánh giá").contains("mục 7 điểm d").contains("cấp có thẩm quyền xem xét, quyết định");
            assertThat(nothingDone.render(RulesBundles.EN, Locale.ENGLISH))
                    .contains("section 7 d").contains("competent authority decides");
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(suggestion.needsAuthorityDecision()).isTrue();
        }

        /** Seed 002 §6.1, §7 d: the same from the task results of a points scheme, the band aside. */
        @Test
        void forceMajeureOverTasksWithNothingDoneIsAtMostCompletedUnderBandsToo() {
            RatingSuggestion suggestion = suggest(RatingCase.builder().score(RatingCaseMother.scoreOf("95"))
                    .tasks(List.of(TaskMother.task("1", "0", "1", "1"), TaskMother.task("2", "0", "1", "1")))
                    .forceMajeure("Nghỉ điều trị tai nạn lao động được Ban Thường vụ xác nhận"));
            assertThat(codes(suggestion)).containsExactly("points-band", "force-majeure",
                    "force-majeure-nothing-done");
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(suggestion.needsAuthorityDecision()).isTrue();
        }

        /** Seed 002 §6.1: one task done of four, the rest excused, is rated on that task as before; §7 d not raised. */
        @Test
        void forceMajeureWithOneTaskDoneIsRatedOnWhatWasDone() {
            RatingSuggestion suggestion = engine.suggest(RatingCase.builder()
                    .taskConditions(new TaskConditions(4, 1, 0, 0, 0)).forceMajeure("Thiên tai").build(),
                    RuleMother.conditionsOnly());
            assertThat(codes(suggestion)).containsExactly("force-majeure", "beyond-share-short");
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
            assertThat(suggestion.needsAuthorityDecision()).isFalse();
        }

        /** Seed 000 §III.3.1: "ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu" — 3 of 10 is enough. */
        @Test
        void thirtyPercentBeyondRequirementAllowsExcellent() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent());
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(codes(suggestion)).containsExactly("points-band", "beyond-share-met");
            assertThat(suggestion.limitingReasons()).isEmpty();
        }

        /** Seed 000 §III.3.1: 2 of 10 beyond requirement (20 %) is short of 30 %, so at most GOOD. */
        @Test
        void lessThanThirtyPercentBeyondRequirementIsGood() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.scoring95(TaskMother.tasks(2, 8)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
            RatingReason shortReason = reason(suggestion, "beyond-share-short");
            assertThat(shortReason.source()).isEqualTo(RuleSource.SEED_000_III_3_1);
            assertThat(shortReason.arguments()).containsEntry("share", "20").containsEntry("minShare", "30");
        }

        /** Seed 000 §III.3.2: GOOD needs "đúng thời hạn"; one late task out of ten leaves COMPLETED. */
        @Test
        void oneLateTaskRulesOutGood() {
            List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(4, 5));
            tasks.add(TaskMother.late());
            RatingSuggestion suggestion = suggest(RatingCaseMother.scoring95(tasks));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(reason(suggestion, "late-tasks").source()).isEqualTo(RuleSource.SEED_000_III_3_2);
        }

        /** Seed 000 §III.3.2: GOOD needs "bảo đảm chất lượng, hiệu quả"; a task needing rework leaves COMPLETED. */
        @Test
        void taskNeedingReworkRulesOutGood() {
            List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(4, 5));
            tasks.add(TaskMother.reworked());
            RatingSuggestion suggestion = suggest(RatingCaseMother.scoring95(tasks));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(codes(suggestion)).containsExactly("points-band", "rework-tasks", "beyond-share-met");
        }

        /** Seed 000 §III.3.3: "số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%" — 2 of 10 late is still COMPLETED. */
        @Test
        void twentyPercentLateIsStillCompleted() {
            List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(0, 8));
            tasks.add(TaskMother.late());
            tasks.add(TaskMother.late());
            assertThat(suggest(RatingCaseMother.scoring95(tasks)).level()).isEqualTo(RatingLevel.COMPLETED);
        }

        /** Seed 000 §III.3.3–3.4: 3 of 10 late exceeds 20 %, so the person does not reach COMPLETED. */
        @Test
        void moreThanTwentyPercentLateIsNotCompleted() {
            List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(0, 7));
            tasks.add(TaskMother.late());
            tasks.add(TaskMother.late());
            tasks.add(TaskMother.late());
            RatingSuggestion suggestion = suggest(RatingCaseMother.scoring95(tasks));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
            RatingReason lateShare = reason(suggestion, "late-share");
            assertThat(lateShare.source()).isEqualTo(RuleSource.SEED_000_III_3_3);
            assertThat(lateShare.arguments()).containsEntry("share", "30").containsEntry("maxShare", "20");
        }

        /** Seed 000 §III.3.1 with §III.3.2: half the tasks beyond requirement but one late is not EXCELLENT. */
        @Test
        void excellentAlsoNeedsTheGoodConditions() {
            List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(5, 4));
            tasks.add(TaskMother.late());
            assertThat(suggest(RatingCaseMother.scoring95(tasks)).level()).isEqualTo(RatingLevel.COMPLETED);
        }
    }

    @Nested
    class LeaderAndShortcomings {

        /** Quy định 366 Điều 11: a leader is EXCELLENT only if the led unit also meets the EXCELLENT conditions. */
        @Test
        void leaderOfAnExcellentUnitKeepsExcellent() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .leaderOf(new TaskConditions(20, 20, 8, 0, 0)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(suggestion.hasReason("leader-unit-conditions")).isFalse();
        }

        /** Quy định 366 Điều 11: the led unit meets only GOOD's conditions (10 % beyond), so the leader is GOOD. */
        @Test
        void leaderIsCappedByTheLedUnitConditions() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .leaderOf(new TaskConditions(20, 20, 2, 0, 0)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
            RatingReason unit = reason(suggestion, "leader-unit-conditions");
            assertThat(unit.cap()).isEqualTo(RatingLevel.GOOD);
            assertThat(unit.arguments()).containsEntry("unitLevel", "GOOD").containsEntry("beyondShare", "10");
        }

        /** A unit that did not complete all its tasks leaves its leader at most COMPLETED (not lower). */
        @Test
        void leaderOfAUnitWithUndoneTasksIsAtMostCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .leaderOf(new TaskConditions(20, 17, 8, 0, 0)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(reason(suggestion, "leader-unit-conditions").arguments())
                    .containsEntry("unitLevel", "NOT_COMPLETED");
        }

        /** Without the unit's results, GOOD and above cannot be confirmed. */
        @Test
        void leaderWithUnknownUnitIsAtMostCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().leaderOfUnknownUnit());
            assertThat(suggestion.level()).isEqualTo(RatingLevel.COMPLETED);
            assertThat(codes(suggestion)).contains("leader-unit-unknown");
        }

        /** Quy định 366 Điều 11: EXCELLENT needs the shortcomings pointed out earlier remedied. */
        @Test
        void unremediedShortcomingsRuleOutExcellent() {
            assertThat(suggest(RatingCaseMother.excellent().shortcomings(EarlierShortcomings.NOT_REMEDIED)).level())
                    .isEqualTo(RatingLevel.GOOD);
            assertThat(suggest(RatingCaseMother.excellent().shortcomings(EarlierShortcomings.REMEDIED)).level())
                    .isEqualTo(RatingLevel.EXCELLENT);
        }
    }

    @Nested
    class VetoEvents {

        /**
         * Seed 000 §III.3.4 a: "Có vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị xử lý kỷ luật
         * từ khiển trách trở lên".
         */
        @Test
        void dutyRelatedReprimandIsNotCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().veto(new VetoEvent.Discipline(
                    DisciplineForm.REPRIMAND, true, "Quyết định kỷ luật số 12-QĐ/ĐU ngày 05/5/2026")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
            RatingReason veto = reason(suggestion, "veto-discipline");
            assertThat(veto.source()).isEqualTo(RuleSource.SEED_000_III_3_4);
            assertThat(veto.arguments()).containsEntry("form", "REPRIMAND");
        }

        /** Seed 000 §III.3.4 a names duty-related violations only; another discipline informs without capping. */
        @Test
        void disciplineNotRelatedToDutiesOnlyInforms() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().veto(new VetoEvent.Discipline(
                    DisciplineForm.WARNING, false, "Vi phạm quy định sinh hoạt nơi cư trú")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(reason(suggestion, "discipline-not-duty-related").informs()).isTrue();
        }

        /** Seed 000 §III.3.4 b: "Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái …". */
        @Test
        void concludedDegradationIsNotCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .veto(new VetoEvent.DegradationConcluded("Kết luận số 45-KL/UBKT ngày 20/5/2026")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
            assertThat(codes(suggestion)).contains("veto-degradation");
        }

        /** Seed 000 §III.3.4 c: corruption in the directly managed scope, disciplined, no exemption. */
        @Test
        void corruptionInManagedScopeIsNotCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().veto(
                    new VetoEvent.CorruptionInManagedScope(CorruptionExemption.NONE,
                            "Phòng Kế hoạch – Tài chính: sai phạm trong mua sắm tài sản công")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        }

        /**
         * Seed 000 §III.3.4 c: "trừ trường hợp cá nhân không thể biết hoặc đã áp dụng các biện pháp cần thiết … thì
         * không bị ảnh hưởng đến kết quả đánh giá, xếp loại của cá nhân đó".
         */
        @Test
        void couldNotKnowOrPreventedLeavesTheLevelUntouched() {
            for (CorruptionExemption exemption : List.of(CorruptionExemption.COULD_NOT_KNOW,
                    CorruptionExemption.PREVENTIVE_MEASURES_TAKEN)) {
                RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().veto(
                        new VetoEvent.CorruptionInManagedScope(exemption, "Sai phạm tại đơn vị sự nghiệp trực thuộc")));
                assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
                assertThat(reason(suggestion, "corruption-exempt").arguments())
                        .containsEntry("exemption", exemption.name());
            }
        }

        /**
         * Seed 000 §III.3.4, last paragraph: "đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời … thì cấp có
         * thẩm quyền căn cứ … để xem xét": the engine informs and leaves the decision to the authority.
         */
        @Test
        void detectedReportedAndHandledIsLeftToTheAuthority() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent().veto(
                    new VetoEvent.CorruptionInManagedScope(CorruptionExemption.DETECTED_REPORTED_HANDLED,
                            "Đơn vị tự phát hiện, báo cáo sai phạm thu chi")));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(reason(suggestion, "corruption-authority-decides").informs()).isTrue();
            assertThat(suggestion.needsAuthorityDecision()).isTrue();
        }
    }

    @Nested
    class Collective {

        /**
         * Seed 002 §6.3: "tập thể hoàn thành dưới 70% các nhiệm vụ, chỉ tiêu … thì xếp loại Không hoàn thành nhiệm vụ
         * đối với người đứng đầu".
         */
        @Test
        void headOfCollectiveBelowSeventyPercentIsNotCompleted() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.HEAD, CollectiveResult.ofTargets(20, 13, 0)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
            RatingReason below = reason(suggestion, "collective-below-threshold");
            assertThat(below.source()).isEqualTo(RuleSource.SEED_002_6_3);
            assertThat(below.arguments()).containsEntry("completion", "65").containsEntry("minCompletion", "70");
        }

        /** Seed 002 §6.3: deputies and members of that collective are "không xếp loại Hoàn thành xuất sắc nhiệm vụ". */
        @Test
        void deputiesAndMembersOfCollectiveBelowSeventyPercentCannotBeExcellent() {
            for (CollectiveRole role : List.of(CollectiveRole.DEPUTY, CollectiveRole.MEMBER)) {
                RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                        .inCollective(role, CollectiveResult.ofTargets(20, 13, 0)));
                assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
                assertThat(codes(suggestion)).contains("collective-below-threshold-no-excellent");
            }
        }

        /** Seed 002 §6.3: exactly 70 % is not "dưới 70%". */
        @Test
        void collectiveAtSeventyPercentDoesNotCap() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.HEAD, CollectiveResult.ofTargets(20, 14, 0)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        }

        /**
         * Seed 002 §6.3: "(không bao gồm các trường hợp bất khả kháng được cấp có thẩm quyền xác nhận)": 12 of 20 is
         * 60 %, but with 4 targets excused for force majeure it is 12 of 16 = 75 %.
         */
        @Test
        void forceMajeureTargetsAreLeftOutOfTheCollectiveCompletion() {
            RatingSuggestion excused = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.HEAD, CollectiveResult.ofTargets(20, 12, 4)));
            RatingSuggestion notExcused = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.HEAD, CollectiveResult.ofTargets(20, 12, 0)));
            assertThat(excused.level()).isEqualTo(RatingLevel.EXCELLENT);
            assertThat(notExcused.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
        }

        /**
         * Seed 004 §VII.2: "Mức xếp loại của người đứng đầu (cấp trưởng) không được cao hơn mức xếp loại của tập thể
         * lãnh đạo, quản lý … do mình đứng đầu".
         */
        @Test
        void headAboveCollectiveIsCappedAtTheCollectiveLevel() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.HEAD, CollectiveResult.ofLevel(RatingLevel.GOOD)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.GOOD);
            RatingReason capped = reason(suggestion, "head-above-collective");
            assertThat(capped.source()).isEqualTo(RuleSource.SEED_004_VII_2);
            assertThat(capped.arguments()).containsEntry("collectiveLevel", "GOOD");
        }

        /** Seed 004 §VII.2 binds the head only; a deputy may be rated above the collective. */
        @Test
        void deputyIsNotCappedByTheCollectiveLevel() {
            RatingSuggestion suggestion = suggest(RatingCaseMother.excellent()
                    .inCollective(CollectiveRole.DEPUTY, CollectiveResult.ofLevel(RatingLevel.GOOD)));
            assertThat(suggestion.level()).isEqualTo(RatingLevel.EXCELLENT);
        }
    }

    /** Every cap that bites is listed, in the engine's fixed order, and the level is the lowest of them. */
    @Test
    void everyLimitingReasonAppearsInStableOrder() {
        List<TaskResult> tasks = new ArrayList<>(TaskMother.tasks(1, 7));
        tasks.add(TaskMother.late());
        tasks.add(TaskMother.undone());
        RatingSuggestion suggestion = suggest(RatingCase.builder().score(RatingCaseMother.scoreOf("72.5"))
                .tasks(tasks)
                .leaderOf(new TaskConditions(12, 12, 2, 0, 0))
                .shortcomings(EarlierShortcomings.NOT_REMEDIED)
                .veto(new VetoEvent.DegradationConcluded("Kết luận số 45-KL/UBKT"))
                .inCollective(CollectiveRole.HEAD, CollectiveResult.ofTargets(10, 6, 0).withLevel(RatingLevel.COMPLETED)));
        assertThat(codes(suggestion)).containsExactly("points-band", "not-all-done", "late-tasks",
                "beyond-share-short", "leader-unit-conditions", "shortcomings-not-remedied", "veto-degradation",
                "collective-below-threshold", "head-above-collective");
        assertThat(suggestion.level()).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void caseWithoutTasksIsRefused() {
        assertThatThrownBy(() -> RatingCase.builder().score(RatingCaseMother.scoreOf("95")).tasks(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
