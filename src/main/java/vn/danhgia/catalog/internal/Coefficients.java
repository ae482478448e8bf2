package vn.danhgia.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Seed 002 Phụ lục 1 Bước 3: "Hệ số quy đổi sản phẩm/công việc = Điểm của sản phẩm/công việc cụ thể / Điểm của sản
 * phẩm/công việc chuẩn". Rounded half-up to 4 decimals, the scale plans store it at (work_plan_task.coefficient
 * numeric(8,4)), so a plan keeps exactly the figure the catalogue showed.
 */
final class Coefficients {

    static final int SCALE = 4;

    private Coefficients() {
    }

    static BigDecimal of(BigDecimal points, BigDecimal standardPoints) {
        return points.divide(standardPoints, SCALE, RoundingMode.HALF_UP);
    }
}
