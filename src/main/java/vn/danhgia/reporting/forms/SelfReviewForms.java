package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;

/**
 * The annual self-review as Word and PDF (Mẫu 01, 02A, 02B, 02C and the decree's form; seed 003 §2.1 a, §2.2 b).
 * Read through {@link SelfReviewService#get}, so whoever may open the self-review may print it and anyone else is
 * answered as if it did not exist. One template pair ({@code kiem-diem}) serves the five forms: they differ in their
 * number, title, particulars, sections and the criteria frame, which the data carries.
 */
@Service
public class SelfReviewForms {

    static final String TEMPLATE = "kiem-diem";

    private final SelfReviewService reviews;
    private final CadreParticularsSql particulars;
    private final FormHeaders headers;
    private final FormTexts texts;

    SelfReviewForms(SelfReviewService reviews, CadreParticularsSql particulars, FormHeaders headers,
                    FormTexts texts) {
        this.reviews = reviews;
        this.particulars = particulars;
        this.headers = headers;
        this.texts = texts;
    }

    public FormDocument of(long selfReviewId) {
        SelfReviewView review = reviews.get(selfReviewId);
        LocalDate dated = texts.day(review.submittedAt());
        List<SelfReviewForm.Line> person = List.of();
        if (!review.collective()) {
            CadreParticulars cadre = particulars.of(new CadreId(review.cadreId()), dated);
            person = List.of(
                    line("forms.self-review.name", cadre.fullName()),
                    line("forms.self-review.birth-date", cadre.birthDate()),
                    line("forms.self-review.party-posts", cadre.partyPosts()),
                    line("forms.self-review.government-posts", cadre.governmentPosts()),
                    line("forms.self-review.mass-posts", cadre.massOrganizationPosts()),
                    line("forms.self-review.unit", cadre.workUnitName()));
        }
        List<SelfReviewForm.Section> sections = new ArrayList<>();
        int number = 0;
        for (SelfReviewView.Section section : review.sections()) {
            number++;
            sections.add(new SelfReviewForm.Section(number + ". " + texts.text(section.titleKey()), section.text()));
        }
        SelfReviewForm.Frame frame = review.form().equals("MAU_2B") ? frame(review) : null;
        String level = review.proposedLevel() == null ? texts.text("forms.self-review.no-level")
                : texts.text("rule.level." + review.proposedLevel());
        FormSigner signer = review.collective() ? headers.signer(new UnitId(review.unitId()), dated)
                : new FormSigner("", "", review.subjectName());
        SelfReviewForm form = new SelfReviewForm(headers.of(new UnitId(review.unitId()), dated),
                texts.text("forms.self-review.number." + review.form()),
                texts.text("forms.self-review.title." + review.form()),
                texts.text("forms.self-review.year", String.valueOf(review.year())), person, sections, frame,
                texts.text(review.collective() ? "forms.self-review.proposed-collective"
                        : "forms.self-review.proposed", level),
                texts.text(review.collective() ? "forms.self-review.signature-collective"
                        : "forms.self-review.signature"), signer);
        String subject = review.collective() ? "tap-the-" + review.unitId() : String.valueOf(review.cadreId());
        return new FormDocument(TEMPLATE, "kiem-diem-" + review.form().toLowerCase().replace('_', '-') + "-"
                + review.year() + "-" + subject, form);
    }

    private SelfReviewForm.Frame frame(SelfReviewView review) {
        List<SelfReviewForm.FrameRow> rows = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        for (SelfReviewView.FrameItem item : review.frame()) {
            max = max.add(item.maxPoints());
            rows.add(new SelfReviewForm.FrameRow(String.valueOf(rows.size() + 1), item.title(),
                    FormFigures.number(item.maxPoints()),
                    item.points() == null ? "" : FormFigures.number(item.points())));
        }
        return new SelfReviewForm.Frame(rows, FormFigures.number(max),
                review.selfScoreTotal() == null ? "" : FormFigures.number(review.selfScoreTotal()),
                review.suggestedLevel() == null ? ""
                        : texts.text("forms.self-review.suggested", texts.text("rule.level." + review.suggestedLevel())));
    }

    private SelfReviewForm.Line line(String key, String value) {
        return new SelfReviewForm.Line(texts.text(key, value == null ? "" : value));
    }
}
