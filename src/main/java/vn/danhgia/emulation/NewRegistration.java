package vn.danhgia.emulation;

import java.time.LocalDate;
import java.util.Objects;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A registration to record (bản đăng ký thi đua, seed 003 §III.1): who, for which year, the title aimed at, and the day
 * of the paper registration when it is recorded afterwards ({@code null}: today).
 */
public record NewRegistration(Nominee nominee, int year, EmulationTitle target, LocalDate registeredOn,
                              RegistrationSource source) {

    public NewRegistration {
        Objects.requireNonNull(nominee, "nominee");
        Objects.requireNonNull(source, "source");
    }
}
