package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.danhgia.platform.VietnameseText;

/** Fills the name keys of cadres registered before V4_1 with the same function the application uses. */
public class V4_2__organization_fill_name_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet cadres = select.executeQuery("select id, full_name from org_cadre where name_sort_key is null");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "update org_cadre set name_sort_key = ?, name_search = ? where id = ?")) {
            while (cadres.next()) {
                String fullName = cadres.getString(2);
                update.setString(1, VietnameseText.nameSortKey(fullName));
                update.setString(2, VietnameseText.searchKey(fullName));
                update.setLong(3, cadres.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
