package vn.danhgia.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the import tests compare and clean: every row of the tables an import may write through the owning services,
 * and the removal of the records the tests imported (codes starting with IMP, usernames starting with "imp."), so
 * that the demo organisation the other tests share is as it was.
 */
final class ImportedData {

    private static final List<String> TABLES = List.of("org_unit", "org_position", "org_cadre", "org_appointment",
            "org_management_scope", "org_served_unit", "user_account", "user_role", "catalog_version",
            "catalog_item", "audit_entry");

    private ImportedData() {
    }

    /** Every row of every table an import may touch, in a stable order. */
    static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select * from " + table + " order by 1, 2"));
        }
        return rows;
    }

    static long auditEntries(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    static void remove(JdbcTemplate jdbc) {
        String units = "select id from org_unit where code like 'IMP%'";
        String positions = "select id from org_position where code like 'IMP%'";
        jdbc.update("delete from user_role where user_id in (select id from user_account where username like 'imp.%')");
        jdbc.update("delete from user_account where username like 'imp.%'");
        jdbc.update("delete from org_appointment where cadre_id in (select id from org_cadre where code like 'IMP%')"
                + " or position_id in (" + positions + ")");
        jdbc.update("delete from org_management_scope where position_id in (" + positions + ")"
                + " or authority_unit_id in (" + units + ")");
        jdbc.update("delete from org_cadre where code like 'IMP%'");
        jdbc.update("delete from org_position where code like 'IMP%'");
        jdbc.update("delete from catalog_item where version_id in (select id from catalog_version where unit_id in ("
                + units + "))");
        jdbc.update("delete from catalog_version where unit_id in (" + units + ")");
        jdbc.update("delete from import_upload");
        int removed;
        do {
            removed = jdbc.update("delete from org_unit where code like 'IMP%' and id not in"
                    + " (select parent_id from org_unit where parent_id is not null)");
        } while (removed > 0);
    }
}
