package vn.danhgia.scheme;

import java.math.BigDecimal;

/** A result axis (trục kết quả, seed 002 §1.2) with its official title and default maximum points. */
public record AxisDefinition(int number, String title, BigDecimal defaultMaxPoints) {
}
