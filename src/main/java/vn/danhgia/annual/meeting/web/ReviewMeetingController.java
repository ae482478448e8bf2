package vn.danhgia.annual.meeting.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RefusalMessages;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The review meetings pages: the list by year and place with the form that opens a meeting, and one meeting with its
 * agenda in review order, attendance, opinions (htmx fragment per item), votes, closing each item and the meeting,
 * the minutes and, for the key cadres' conference, the departments' results. Every change posts the version read and
 * comes back to the page; a refusal (out of order, stale, wrong input) is shown there in Vietnamese and changes
 * nothing. Access and rules are checked by {@link ReviewMeetings}.
 */
@Controller
@RequestMapping("/annual/meetings")
class ReviewMeetingController {

    private static final String REFUSAL = "refusal";

    private final ReviewMeetings meetings;
    private final OrganizationQueries organization;
    private final RefusalMessages refusals;
    private final Clock clock;
    private final YearUnderReview yearUnderReview;

    ReviewMeetingController(ReviewMeetings meetings, OrganizationQueries organization, RefusalMessages refusals,
                            Clock clock, YearUnderReview yearUnderReview) {
        this.meetings = meetings;
        this.organization = organization;
        this.refusals = refusals;
        this.clock = clock;
        this.yearUnderReview = yearUnderReview;
    }

    /**
     * The form that opens a meeting; cadres are named by code, as the council form does. A refused one goes back to
     * the page as a flash attribute, through the session table, so it is serializable.
     */
    static class OpenForm implements Serializable {
        private Long placeUnitId;
        private ReviewMeetingKind kind = ReviewMeetingKind.PARTY_CELL;
        private LocalDate heldOn;
        private String location;
        private String chairCode;
        private String secretaryCode;

        public Long getPlaceUnitId() { return placeUnitId; }
        public void setPlaceUnitId(Long placeUnitId) { this.placeUnitId = placeUnitId; }
        public ReviewMeetingKind getKind() { return kind; }
        public void setKind(ReviewMeetingKind kind) { this.kind = kind; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public String getChairCode() { return chairCode; }
        public void setChairCode(String chairCode) { this.chairCode = chairCode; }
        public String getSecretaryCode() { return secretaryCode; }
        public void setSecretaryCode(String secretaryCode) { this.secretaryCode = secretaryCode; }
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("year", shown);
        model.addAttribute("meetings", meetings.visible(shown));
        List<Long> openable = meetings.openablePlaces();
        List<UnitView> places = organization.units().stream().filter(unit -> openable.contains(unit.id().value()))
                .toList();
        model.addAttribute("places", places);
        model.addAttribute("kinds", ReviewMeetingKind.values());
        if (!model.containsAttribute("openForm")) {
            OpenForm form = new OpenForm();
            form.setHeldOn(LocalDate.now(clock));
            model.addAttribute("openForm", form);
        }
        return "annual/meetings";
    }

    @PostMapping
    String open(@RequestParam int year, @ModelAttribute("openForm") OpenForm form, RedirectAttributes redirect,
                Locale locale) {
        try {
            ReviewMeetingView opened = meetings.open(new NewReviewMeeting(form.getPlaceUnitId(), year,
                    form.getKind(), form.getHeldOn(), form.getLocation(), cadre(form.getChairCode(), "chairCode"),
                    cadre(form.getSecretaryCode(), "secretaryCode")));
            return "redirect:/annual/meetings/" + opened.id();
        } catch (RuleRefusedException | InvalidInputException | AccessRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refusals.of(refused, locale));
            redirect.addFlashAttribute("openForm", form);
            return "redirect:/annual/meetings?year=" + year;
        }
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, Model model) {
        ReviewMeetingView meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("reasons", NotReviewedReason.values());
        model.addAttribute("capacities", List.of(ReviewAttendeeCapacity.values()).stream()
                .filter(capacity -> capacity != ReviewAttendeeCapacity.MEMBER).toList());
        if (meeting.kind() == ReviewMeetingKind.KEY_CADRES && meeting.manageable()) {
            model.addAttribute("consolidation", meetings.consolidation(id));
        }
        return "annual/meeting";
    }

    /** The opinions about one item, as the htmx fragment the page swaps in. */
    @GetMapping("/{id}/items/{itemId}/opinions")
    String opinions(@PathVariable long id, @PathVariable long itemId, Model model) {
        ReviewMeetingView meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", meeting.item(itemId).orElseThrow(
                () -> new vn.danhgia.platform.RecordNotFoundException("REVIEW_ITEM", itemId)));
        return "annual/meeting-opinions :: opinions";
    }

    @PostMapping("/{id}/items/{itemId}/opinions")
    String opinion(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
                   @RequestParam(required = false) Long speakerCadreId,
                   @RequestParam(required = false) String speakerName, @RequestParam(required = false) String content,
                   @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false)
                   String htmx, Model model, RedirectAttributes redirect, Locale locale) {
        String refusal = refusals.attempt(() -> meetings.recordOpinion(id, version, itemId, speakerCadreId, speakerName,
                content), locale);
        if (htmx != null) {
            ReviewMeetingView meeting = meetings.meeting(id);
            model.addAttribute("meeting", meeting);
            model.addAttribute("item", meeting.item(itemId).orElseThrow());
            model.addAttribute("opinionRefusal", refusal);
            return "annual/meeting-opinions :: opinions";
        }
        return back(id, refusal, redirect);
    }

    @PostMapping("/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form,
                      RedirectAttributes redirect, Locale locale) {
        Map<Long, Boolean> present = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().startsWith("attendee-")) {
                present.put(Long.parseLong(field.getKey().substring(9)), "present".equals(field.getValue()));
            } else if (field.getKey().startsWith("note-")) {
                notes.put(Long.parseLong(field.getKey().substring(5)), field.getValue());
            }
        }
        return back(id, refusals.attempt(() -> meetings.recordAttendance(id, version, present, notes), locale),
                redirect);
    }

    @PostMapping("/{id}/attendees")
    String addAttendee(@PathVariable long id, @RequestParam long version,
                       @RequestParam(required = false) ReviewAttendeeCapacity capacity,
                       @RequestParam(required = false) String fullName, RedirectAttributes redirect, Locale locale) {
        return back(id, refusals.attempt(() -> meetings.addAttendee(id, version, capacity, null, fullName), locale),
                redirect);
    }

    @PostMapping("/{id}/items/{itemId}/vote")
    String vote(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
                @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        Map<RatingLevel, Integer> votes = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            String count = form.get("votes-" + level.name());
            if (count != null && !count.isBlank()) {
                try {
                    votes.put(level, Integer.parseInt(count.strip()));
                } catch (NumberFormatException notANumber) {
                    return back(id, refusals.of(new InvalidInputException(List.of(FieldViolation.of("votes",
                            "annual.meeting.vote.negative"))), locale), redirect);
                }
            }
        }
        return back(id, refusals.attempt(() -> meetings.recordVote(id, version, itemId, votes), locale), redirect);
    }

    @PostMapping("/{id}/items/{itemId}/not-reviewed")
    String notReviewed(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
                       @RequestParam(required = false) NotReviewedReason reason, RedirectAttributes redirect,
                       Locale locale) {
        return back(id, refusals.attempt(() -> meetings.markNotReviewed(id, version, itemId, reason), locale),
                redirect);
    }

    @PostMapping("/{id}/items/{itemId}/close")
    String closeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
                     RedirectAttributes redirect, Locale locale) {
        return back(id, refusals.attempt(() -> meetings.closeItem(id, version, itemId), locale), redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        return back(id, refusals.attempt(() -> meetings.close(id, version), locale), redirect);
    }

    private String back(long id, String refusal, RedirectAttributes redirect) {
        if (refusal != null) {
            redirect.addFlashAttribute(REFUSAL, refusal);
        } else {
            redirect.addFlashAttribute("done", true);
        }
        return "redirect:/annual/meetings/" + id;
    }

    private Long cadre(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return organization.cadreByCode(code.strip()).map(CadreView::id).map(id -> id.value())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of(field,
                        "annual.meeting.field.unknownCadre"))));
    }
}
