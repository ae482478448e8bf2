package vn.danhgia.planning;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogue rows written straight to the database for planning tests, so they do not depend on the demo catalogue of
 * the agency, which the catalogue tests version further on a shared database. Items from seed 002 Mẫu 02.
 */
final class CatalogueRows {

    private final JdbcClient jdbc;

    CatalogueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the unit's catalogues by an approved version 1 (standard 100 points) and a draft version 2. */
    void approvedAndDraft(long unitId) {
        jdbc.sql("delete from catalog_item where version_id in (select id from catalog_version where unit_id = ?)")
                .param(unitId).update();
        jdbc.sql("delete from catalog_version where unit_id = ?").param(unitId).update();
        long approved = version(unitId, 1, "APPROVED");
        item(approved, 1, "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "Báo cáo", 100);
        item(approved, 2, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", "Báo cáo", 100);
        item(approved, 3, "Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý", "Báo cáo", 120);
        item(approved, 4, "Tờ trình về sinh hoạt đảng trực tuyến", "Tờ trình", 150);
        long draft = version(unitId, 2, "DRAFT");
        item(draft, 1, "Báo cáo công tác tiếp công dân", "Báo cáo", 100);
    }

    long draftItem(long unitId) {
        return jdbc.sql("""
                select i.id from catalog_item i join catalog_version v on v.id = i.version_id
                where v.unit_id = ? and v.status = 'DRAFT'""").param(unitId).query(Long.class).single();
    }

    private long version(long unitId, int number, String status) {
        jdbc.sql("""
                insert into catalog_version (unit_id, version_number, status, standard_points, title, drafted_by,
                                             drafted_at, version)
                values (?, ?, ?, 100, 'Danh mục sản phẩm/công việc chuẩn', 'tochuc', current_timestamp, 0)""")
                .params(unitId, number, status).update();
        return jdbc.sql("select id from catalog_version where unit_id = ? and version_number = ?")
                .params(unitId, number).query(Long.class).single();
    }

    private void item(long versionId, int number, String task, String productType, int points) {
        jdbc.sql("insert into catalog_item (version_id, item_number, task, product_type, points) values (?, ?, ?, ?, ?)")
                .params(versionId, number, task, productType, points).update();
    }
}
