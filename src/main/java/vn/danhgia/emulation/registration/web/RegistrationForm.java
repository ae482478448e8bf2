package vn.danhgia.emulation.registration.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The registration form: the holder as addresses write it ({@code cadre-12}, {@code unit-5}), the year, the title
 * aimed at and, for the personnel office recording a paper registration, its day; {@code unit} is the list to go back
 * to (none for one's own page).
 */
public class RegistrationForm {

    private String holder;
    private int year;
    private EmulationTitle targetTitle;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    private Long unit;

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public EmulationTitle getTargetTitle() {
        return targetTitle;
    }

    public void setTargetTitle(EmulationTitle targetTitle) {
        this.targetTitle = targetTitle;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }
}
