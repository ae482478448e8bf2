package vn.danhgia.scheme.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualLegalBasis;
import vn.danhgia.scheme.AnnualStep;

/**
 * An annual calendar with its steps, legal bases and units. Created by migrations; administrators change the steps
 * and the units. The version counts changes to the collections too.
 */
@Entity
@Table(name = "annual_calendar")
class AnnualCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;

    private String name;

    private String planText;

    @ElementCollection
    @CollectionTable(name = "annual_calendar_step", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<Step> steps = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "annual_calendar_basis", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<Basis> bases = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "annual_calendar_unit", joinColumns = @JoinColumn(name = "calendar_id"))
    @Column(name = "unit_code")
    private Set<String> unitCodes = new HashSet<>();

    protected AnnualCalendar() {
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    void reconfigure(Collection<AnnualDeadline> newSteps, Collection<String> newUnitCodes) {
        steps.clear();
        newSteps.forEach(step -> steps.add(Step.of(step)));
        unitCodes.clear();
        unitCodes.addAll(newUnitCodes);
    }

    AnnualCalendarView view() {
        return new AnnualCalendarView(id, code, name, planText, steps.stream().map(Step::view).toList(),
                bases.stream().map(Basis::view).toList(), Set.copyOf(unitCodes), version);
    }

    @Embeddable
    record Step(@Enumerated(EnumType.STRING) AnnualStep step, @Column(name = "month_of_year") int month,
                @Column(name = "day_of_month") int day, boolean inclusive, String addressee) {

        static Step of(AnnualDeadline deadline) {
            return new Step(deadline.step(), deadline.month(), deadline.day(), deadline.inclusive(),
                    deadline.addressee());
        }

        AnnualDeadline view() {
            return new AnnualDeadline(step, month, day, inclusive, addressee);
        }
    }

    @Embeddable
    record Basis(int fromYear, String partyBasis, String civilServants, String publicEmployees) {

        AnnualLegalBasis view() {
            return new AnnualLegalBasis(fromYear, partyBasis, civilServants, publicEmployees);
        }
    }

    static List<String> codes(Collection<AnnualCalendar> calendars) {
        return calendars.stream().map(AnnualCalendar::code).toList();
    }
}
