package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

/** Builds the header block of a form from the organisation's units and the configured place name. */
@Component
public class FormHeaders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OrganizationQueries organization;
    private final String place;

    FormHeaders(OrganizationQueries organization, @Value("${danhgia.forms.place}") String place) {
        this.organization = organization;
        this.place = place;
    }

    /** The header of a form from the unit, dated on the day. */
    public FormHeader of(UnitId unit, LocalDate date) {
        List<UnitView> chain = organization.unitWithParents(unit);
        String body = chain.isEmpty() ? "" : chain.get(0).name().toUpperCase(VIETNAMESE);
        String parentBody = chain.size() < 2 ? "" : chain.get(1).name().toUpperCase(VIETNAMESE);
        return new FormHeader(parentBody, body, place + ", " + FormFigures.longDate(date));
    }

    /** The header of a form from a body named in words (a summary table's "Toàn tỉnh"), dated on the day. */
    public FormHeader ofBody(String bodyName, LocalDate date) {
        return new FormHeader("", bodyName.toUpperCase(VIETNAMESE), place + ", " + FormFigures.longDate(date));
    }
}
