package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;

/**
 * The issuing body of a document and its header and signer, from the organisation's units and appointments. A unit's
 * issuing body is the unit itself, except a leadership collective (Lãnh đạo Văn phòng), which issues under the body it
 * leads; a body is a party body when it is a party committee or cell, and then prints the party's header.
 */
@Component
public class FormHeaders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OrganizationQueries organization;
    private final JdbcClient jdbc;
    private final FormTexts texts;
    private final String place;

    FormHeaders(OrganizationQueries organization, JdbcClient jdbc, FormTexts texts,
                @Value("${danhgia.forms.place}") String place) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.texts = texts;
        this.place = place;
    }

    /** The header of a form the cadre signs (Mẫu 01, 03), which has no number, dated on the day. */
    public FormHeader of(UnitId unit, LocalDate date) {
        return header(unit, date, null);
    }

    /** The header of a document the body issues, numbered in the body's register as {@code type} (BC, BB, TB). */
    public FormHeader numbered(UnitId unit, LocalDate date, DocumentType type) {
        return header(unit, date, type);
    }

    /** The header of a table from a body named in words (a summary table's "Toàn tỉnh"), dated on the day. */
    public FormHeader ofBody(String bodyName, LocalDate date) {
        return new FormHeader("", upper(bodyName), "*", texts.text("forms.header.party"), "", "",
                placeAndDate(date));
    }

    /**
     * The head of the unit's issuing body in force on the day, who signs for it; a vacant head's post still gives the
     * title. Empty fields when the body has no head's post: the template then shows none.
     */
    public FormSigner signer(UnitId unit, LocalDate date) {
        UnitView body = issuingBody(unit);
        if (body == null) {
            return new FormSigner("", "", "");
        }
        List<Map<String, Object>> heads = jdbc.sql("""
                select p.title, c.full_name
                from org_position p
                left join org_appointment a on a.position_id = p.id and a.start_date <= :day
                     and (a.end_date is null or a.end_date >= :day)
                left join org_cadre c on c.id = a.cadre_id
                where p.unit_id = :unit and p.position_rank = 'HEAD'
                order by case when c.id is null then 1 else 0 end, a.start_date desc, p.id""")
                .param("unit", body.id().value()).param("day", date).query().listOfRows();
        if (heads.isEmpty()) {
            return new FormSigner("", "", "");
        }
        String title = (String) heads.get(0).get("title");
        String name = heads.get(0).get("full_name") == null ? "" : (String) heads.get(0).get("full_name");
        if (!isParty(body)) {
            return new FormSigner("", upper(title), name);
        }
        // "Bí thư Đảng ủy" signs as "T/M ĐẢNG ỦY / BÍ THƯ", as seed 000 closes with "T/M BAN THƯỜNG VỤ / BÍ THƯ".
        String committee = partyWord(body);
        String bare = title.toLowerCase(VIETNAMESE).endsWith(" " + committee.toLowerCase(VIETNAMESE))
                ? title.substring(0, title.length() - committee.length() - 1) : title;
        return new FormSigner(texts.text("forms.signer.onBehalfOf", upper(committee)), upper(bare), name);
    }

    private FormHeader header(UnitId unit, LocalDate date, DocumentType type) {
        List<UnitView> chain = organization.unitWithParents(unit);
        int issuer = 0;
        while (issuer < chain.size() - 1 && chain.get(issuer).kind() == UnitKind.LEADERSHIP_COLLECTIVE) {
            issuer++;
        }
        if (chain.isEmpty()) {
            return new FormHeader("", "", "", texts.text("forms.header.state"), texts.text("forms.header.motto"),
                    "", placeAndDate(date));
        }
        UnitView body = chain.get(issuer);
        String parent = issuer + 1 < chain.size() ? upper(chain.get(issuer + 1).name()) : "";
        boolean party = isParty(body);
        String number = type == null ? "" : party
                ? texts.text("forms.number.party", type.name(), partySymbol(body))
                : texts.text("forms.number.state", type.name(), body.code());
        return party
                ? new FormHeader(parent, upper(body.name()), "*", texts.text("forms.header.party"), "", number,
                        placeAndDate(date))
                : new FormHeader(parent, upper(body.name()), "", texts.text("forms.header.state"),
                        texts.text("forms.header.motto"), number, placeAndDate(date));
    }

    private UnitView issuingBody(UnitId unit) {
        List<UnitView> chain = organization.unitWithParents(unit);
        return chain.stream().filter(candidate -> candidate.kind() != UnitKind.LEADERSHIP_COLLECTIVE).findFirst()
                .orElse(chain.isEmpty() ? null : chain.get(0));
    }

    private static boolean isParty(UnitView body) {
        return body.kind() == UnitKind.PARTY_COMMITTEE || body.kind() == UnitKind.PARTY_CELL;
    }

    /** The committee a party head signs for, in the words of the body's kind: "Đảng ủy", "Chi bộ". */
    private String partyWord(UnitView body) {
        return texts.text(body.kind() == UnitKind.PARTY_CELL ? "forms.party.cell" : "forms.party.committee");
    }

    /** The symbol party documents give their issuing body after the type: "ĐU", "CB" (Hướng dẫn 36-HD/VPTW). */
    private String partySymbol(UnitView body) {
        return texts.text(body.kind() == UnitKind.PARTY_CELL ? "forms.party.cell.symbol"
                : "forms.party.committee.symbol");
    }

    private String placeAndDate(LocalDate date) {
        return place + ", " + FormFigures.longDate(date);
    }

    private static String upper(String name) {
        return name.toUpperCase(VIETNAMESE);
    }

    /**
     * The kinds of document the body registers, by the abbreviation Nghị định 30/2020/NĐ-CP Phụ lục III and Hướng dẫn
     * 36-HD/VPTW give them.
     */
    public enum DocumentType {
        /** Báo cáo: the summary tables Mẫu 04–06 sent up. */
        BC,
        /** Biên bản: the council's minutes. */
        BB,
        /** Thông báo: the public notice. */
        TB,
        /** Tờ trình: a unit's proposal for recognition of emulation titles and rewards. */
        TTr
    }
}
