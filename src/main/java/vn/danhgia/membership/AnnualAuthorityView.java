package vn.danhgia.membership;

import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.UnitId;

/**
 * The annual authority (thẩm quyền đánh giá, xếp loại hằng năm) for one subject, a person or a collective; separate
 * from the quarterly {@link vn.danhgia.organization.Authority}. Empty when nobody has been assigned.
 */
public record AnnualAuthorityView(List<Entry> entries) {

    public static final AnnualAuthorityView NONE = new AnnualAuthorityView(List.of());

    public AnnualAuthorityView {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The body that decides the level: the one that RATES. */
    public Optional<Entry> rater() {
        return entries.stream().filter(entry -> entry.kind() == AuthorityKind.RATES).findFirst();
    }

    /**
     * One role of one body for the subject.
     *
     * @param authority  the body that rates, proposes or assesses
     * @param recipient  for PROPOSES_TO and ASSESSES_AND_REPORTS, the body it proposes or reports to; else
     *                   {@code null}
     * @param basis      the document and section that says so, e.g. "Kế hoạch 79-KH/ĐU, mục V.1"
     */
    public record Entry(AuthorityKind kind, UnitId authority, String authorityName, UnitId recipient,
                        String recipientName, String basis) {
    }
}
