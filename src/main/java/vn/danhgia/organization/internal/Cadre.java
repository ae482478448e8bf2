package vn.danhgia.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.platform.VietnameseText;

/** A cadre (cán bộ, công chức, viên chức, người lao động). */
@Entity
@Table(name = "org_cadre")
public class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String fullName;

    @Column(nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false)
    private boolean partyMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentKind employmentKind;

    @Column(name = "name_sort_key")
    private String nameSortKey;

    @Column(name = "name_search")
    private String nameSearch;

    protected Cadre() {
    }

    public Cadre(String code, String fullName, LocalDate birthDate, boolean partyMember,
                 EmploymentKind employmentKind) {
        this.code = code;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.partyMember = partyMember;
        this.employmentKind = employmentKind;
        this.nameSortKey = VietnameseText.nameSortKey(fullName);
        this.nameSearch = VietnameseText.searchKey(fullName);
    }

    public CadreView view() {
        return new CadreView(new CadreId(id), code, fullName, birthDate, partyMember, employmentKind);
    }

    public Long getId() {
        return id;
    }
}
