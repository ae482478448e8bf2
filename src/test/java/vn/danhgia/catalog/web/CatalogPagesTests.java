package vn.danhgia.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/** The Mẫu 02 pages: the table with Vietnamese decimal commas, the item form and its messages, post-redirect-get. */
@DemoDataTest
class CatalogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalogs;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors testActors;

    @Test
    void officeCatalogueShowsTheForm02ColumnsAndCoefficientsWithADecimalComma() throws Exception {
        long id = firstVersionOfTheOffice();

        mvc.perform(get("/catalog/" + id).with(TestActors.as(testActors.account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("BẢNG DANH MỤC Sản phẩm/công việc chuẩn"),
                        containsString("Hệ số quy đổi"), containsString("Độ khó, mới, phức tạp; phạm vi tác động"),
                        containsString("Tờ trình giao biên chế cán bộ, công chức, viên chức"),
                        containsString("<td class=\"text-end coefficient\">1,2</td>"),
                        containsString("<td class=\"text-end coefficient\">0,5</td>"),
                        not(containsString("id=\"add-item\"")))));
    }

    @Test
    void listNamesTheCataloguesTheActorSeesAndNavigationLinksToIt() throws Exception {
        mvc.perform(get("/catalog").with(TestActors.as(testActors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Văn phòng UBND tỉnh Ninh Bình"),
                        containsString("href=\"/catalog\""), containsString("Lập danh mục phiên bản mới"))));
        mvc.perform(get("/catalog").with(TestActors.as(testActors.account("canbo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa có danh mục nào"),
                        not(containsString("Lập danh mục phiên bản mới")))));
        mvc.perform(get("/catalog/" + firstVersionOfTheOffice()).with(TestActors.as(testActors.account("canbo"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void itemFormShowsVietnameseMessagesBesideTheFieldsAndSavesWithARedirect() throws Exception {
        UnitId center = organization.unitByCode("VPUB-NB.CBTH").orElseThrow().id();
        CatalogVersionView draft = TestActors.runAs(testActors.account("tochuc"), () -> catalogs.draftNewVersion(
                center, "Danh mục Trung tâm Công báo – Tin học", new BigDecimal("100")));
        var tochuc = TestActors.as(testActors.account("tochuc"));

        mvc.perform(post("/catalog/" + draft.id() + "/items").with(tochuc).with(csrf())
                        .param("version", String.valueOf(draft.version())).param("task", " ")
                        .param("productType", "Báo cáo").param("points", "mười"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không được để trống."),
                        containsString("Không phải là số"), not(containsString("Điểm phải lớn hơn 0")))));

        mvc.perform(post("/catalog/" + draft.id() + "/items").with(tochuc).with(csrf())
                        .param("version", String.valueOf(draft.version()))
                        .param("task", "Số Công báo tỉnh phát hành đúng kỳ").param("productType", "Công báo")
                        .param("quantity", "01").param("points", "120,5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalog/" + draft.id()))
                .andExpect(flash().attribute("flashSuccess", "catalog.flash.itemAdded"));

        CatalogVersionView saved = TestActors.runAs(testActors.account("tochuc"), () -> catalogs.version(draft.id()));
        assertThat(saved.items()).singleElement().satisfies(item -> {
            assertThat(item.points()).isEqualByComparingTo("120.5");
            assertThat(item.coefficient()).isEqualByComparingTo("1.205");
        });
        mvc.perform(get("/catalog/" + draft.id() + "/coefficient").param("points", "150").with(tochuc))
                .andExpect(status().isOk()).andExpect(content().string(containsString("1,5")));

        mvc.perform(post("/catalog/" + draft.id() + "/submit").with(tochuc).with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(redirectedUrl("/catalog/" + draft.id()))
                .andExpect(flash().attribute("flashError", "platform.concurrent-edit"));
        mvc.perform(post("/catalog/" + draft.id() + "/submit").with(tochuc).with(csrf())
                        .param("version", String.valueOf(saved.version())))
                .andExpect(flash().attribute("flashSuccess", "catalog.flash.submitted"));

        mvc.perform(post("/catalog/" + draft.id() + "/return").with(TestActors.as(testActors.account("thamquyen")))
                        .with(csrf()).param("version", String.valueOf(saved.version() + 1)).param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống.")));
        assertThat(TestActors.runAs(testActors.account("tochuc"), () -> catalogs.version(draft.id())).status())
                .isEqualTo(CatalogStatus.SUBMITTED);
    }

    private long firstVersionOfTheOffice() {
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        return TestActors.runAs(testActors.account("admin"), () -> catalogs.catalogues(Optional.of(office)).stream()
                .filter(version -> version.versionNumber() == 1).findFirst().orElseThrow().id());
    }
}
