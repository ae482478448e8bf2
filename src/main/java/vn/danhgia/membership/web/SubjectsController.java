package vn.danhgia.membership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.membership.SubjectsAccess;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.YearUnderReview;

/**
 * Đối tượng kiểm điểm năm: for a unit and a year, the collectives and the individuals, where each is reviewed, the
 * annual authority, and who is not reviewed with the reason (seed 004 §II, §V; seed 003 §II.1).
 */
@Controller
class SubjectsController {

    private final SubjectsAccess subjects;
    private final OrganizationQueries organization;
    private final YearUnderReview yearUnderReview;

    SubjectsController(SubjectsAccess subjects, OrganizationQueries organization, YearUnderReview yearUnderReview) {
        this.subjects = subjects;
        this.organization = organization;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/annual/subjects")
    String subjects(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                    Model model) {
        int shownYear = yearUnderReview.orNow(year);
        model.addAttribute("year", shownYear);
        model.addAttribute("units", organization.units());
        model.addAttribute("unitCode", unit);
        if (unit != null && !unit.isBlank()) {
            UnitView found = organization.unitByCode(unit.strip()).orElse(null);
            if (found == null) {
                model.addAttribute("unknownUnit", true);
            } else {
                model.addAttribute("overview", subjects.overview(new UnitId(found.id().value()), shownYear));
            }
        }
        return "membership/subjects";
    }
}
