package vn.danhgia.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the units as a {@link UnitTree}. */
@Repository
public class UnitTrees {

    private final JdbcClient jdbc;

    UnitTrees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit; a province has a few thousand at most, and the tree is needed to narrow a report to a subtree. */
    public UnitTree read() {
        return new UnitTree(jdbc.sql("select id, parent_id, code, name from org_unit order by code")
                .query((rs, row) -> new UnitTree.Unit(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                        rs.getString("code"), rs.getString("name")))
                .list());
    }
}
