package vn.danhgia.scheme.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.scheme.CriterionGroup;

/** A group of the general criteria (nhóm tiêu chí chung) with its items, part of the scheme aggregate. */
@Entity
@Table(name = "scheme_criterion_group")
class SchemeCriterionGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_number")
    private int number;

    private String title;

    @ElementCollection
    @CollectionTable(name = "scheme_criterion", joinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("sortOrder")
    private List<SchemeCriterion> items = new ArrayList<>();

    protected SchemeCriterionGroup() {
        // for JPA
    }

    CriterionGroup view() {
        return new CriterionGroup(number, title, items.stream().map(SchemeCriterion::view).toList());
    }
}
