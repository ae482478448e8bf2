/**
 * The council's opinion and vote (seed 000 §III.4 "bỏ phiếu biểu quyết xếp loại cho các cá nhân (Mẫu 02)"): who
 * sets a unit's council up and who sits on it, its vote sessions, the attendance, the tally following
 * {@link vn.danhgia.rules.council.CouncilTally} and the minutes (biên bản). The decision reads each cadre's result
 * through {@link vn.danhgia.council.CouncilResults}; the council depends on no other step of the pipeline (it reads
 * completed appraisals with SQL for its to-do list only).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "scheme", "rules", "platform"})
package vn.danhgia.council;
