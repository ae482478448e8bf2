package vn.danhgia.assessment.api;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** JSON bodies for the scoring API, from seed 002 Phụ lục 2. */
public final class ScoringRequests {

    static final String ONE_DONE_TASK = """
            {"title":"Báo cáo","plannedQuantity":1,"coefficient":1,"doneQuantity":1,"quality":1,"timeliness":1,"leadership":1}""";

    private ScoringRequests() {
    }

    static String allCriteriaMet() {
        return Stream.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "2.1", "2.2", "2.3", "2.4",
                        "3.1", "3.2", "3.3", "3.4")
                .map(code -> "{\"code\":\"" + code + "\",\"met\":true}").collect(Collectors.joining(",", "[", "]"));
    }

    /** The five tasks of the worked example (leadership column as corrected in DOMAIN.md). */
    public static String seed002Example() {
        return "{\"generalCriteria\":" + allCriteriaMet() + ",\"axes\":[{\"axis\":1,\"maxPoints\":70,\"tasks\":["
                + task("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng", "2", "1", "0.75") + ","
                + task("Báo cáo kết quả thực hiện nhiệm vụ quý II/2026 của các phòng", "1", "1", "1") + ","
                + task("Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên quý II/2026", "1", "1.2", "1") + ","
                + task("Tờ trình về dự thảo Quy định sinh hoạt đảng trực tuyến", "1", "1.5", "1") + ","
                + task("Tờ trình về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW", "1", "2", "1.2") + "]}]}";
    }

    private static String task(String title, String planned, String coefficient, String factor) {
        return "{\"title\":\"" + title + "\",\"plannedQuantity\":" + planned + ",\"coefficient\":" + coefficient
                + ",\"doneQuantity\":1,\"quality\":" + factor + ",\"timeliness\":" + factor + ",\"leadership\":"
                + factor + "}";
    }
}
