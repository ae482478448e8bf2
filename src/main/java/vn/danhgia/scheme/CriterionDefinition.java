package vn.danhgia.scheme;

import java.math.BigDecimal;

/** One item of the general-criteria template: its code ("1.1"), official text and points when met. */
public record CriterionDefinition(String code, String text, BigDecimal maxPoints) {
}
