package vn.danhgia.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Who may do what to the catalogue of Văn phòng UBND tỉnh Ninh Bình through /api/v1/catalogs (seed 002 §4 Bước 1:
 * the personnel office drafts and submits, the leadership approves). People who cannot see the office's people get
 * 404, even for ids that exist; people who see it but may not act get 403. Every refusal leaves the record as it was.
 */
@DemoDataTest
class CatalogApiAccessTests {

    private static final String ITEM = """
            {"version":%d,"task":"Báo cáo chuyên đề về cải cách hành chính","approvalLevel":"Cấp có thẩm quyền phê duyệt",
             "difficulty":"Mới, phạm vi toàn tỉnh","productType":"Báo cáo","quantity":"01",
             "deadlinePattern":"Hằng quý","note":null,"points":%s}""";
    private static final long GUESSED_ID = 999_999;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalogs;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors testActors;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"canbo", "truongphong", "hoidong", "kiemtra"})
    void peopleOutsideTheOfficeScopeFindNothing(String username) throws Exception {
        CatalogVersionView draft = openDraft();
        CatalogVersionView approvedOrSuperseded = firstVersion();

        call(username, get("/api/v1/catalogs/" + draft.id())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(username, get("/api/v1/catalogs/" + approvedOrSuperseded.id())).andExpect(status().isNotFound());
        call(username, get("/api/v1/catalogs/" + GUESSED_ID)).andExpect(status().isNotFound());
        call(username, get("/api/v1/catalogs").param("unit", "VPUB-NB")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        call(username, json(post("/api/v1/catalogs/" + draft.id() + "/items"), ITEM.formatted(draft.version(), 100)))
                .andExpect(status().isNotFound());
        call(username, json(post("/api/v1/catalogs/" + draft.id() + "/submit"), version(draft)))
                .andExpect(status().isNotFound());
        call(username, json(post("/api/v1/catalogs/" + draft.id() + "/approve"), version(draft)))
                .andExpect(status().isNotFound());
        call(username, json(post("/api/v1/catalogs/" + GUESSED_ID + "/approve"), "{\"version\":0}"))
                .andExpect(status().isNotFound());

        assertUnchanged(draft);
    }

    @Test
    void administratorReadsButNeitherEditsNorDecides() throws Exception {
        CatalogVersionView draft = openDraft();

        call("admin", get("/api/v1/catalogs/" + draft.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("VPUB-NB"))
                .andExpect(jsonPath("$.allowedActions", hasSize(0)));
        call("admin", get("/api/v1/catalogs/" + GUESSED_ID)).andExpect(status().isNotFound());
        call("admin", json(post("/api/v1/catalogs/" + draft.id() + "/items"), ITEM.formatted(draft.version(), 100)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("cơ quan tham mưu về công tác tổ chức cán bộ")));
        call("admin", json(post("/api/v1/catalogs/" + draft.id() + "/submit"), version(draft)))
                .andExpect(status().isForbidden());
        assertUnchanged(draft);

        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(draft.id(), draft.version()));
        call("admin", json(post("/api/v1/catalogs/" + submitted.id() + "/approve"), version(submitted)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("lãnh đạo đơn vị")));
        assertUnchanged(submitted);
    }

    @Test
    void personnelOfficerAddsItemsAndSubmitsButMayNotApprove() throws Exception {
        CatalogVersionView draft = openDraft();

        call("tochuc", json(post("/api/v1/catalogs/" + draft.id() + "/items"), ITEM.formatted(draft.version(), 150)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[-1:].coefficient").value(1.5));
        CatalogVersionView withItem = as("tochuc", () -> catalogs.version(draft.id()));
        assertThat(withItem.items()).hasSize(draft.items().size() + 1);
        assertThat(withItem.version()).isGreaterThan(draft.version());

        call("tochuc", json(post("/api/v1/catalogs/" + draft.id() + "/submit"), version(withItem)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        CatalogVersionView submitted = as("tochuc", () -> catalogs.version(draft.id()));

        call("tochuc", json(post("/api/v1/catalogs/" + draft.id() + "/approve"), version(submitted)))
                .andExpect(status().isForbidden());
        call("tochuc", get("/api/v1/catalogs/" + GUESSED_ID)).andExpect(status().isNotFound());
        assertUnchanged(submitted);
    }

    @Test
    void headOfTheOfficeApprovesButNeitherEditsNorSubmits() throws Exception {
        CatalogVersionView draft = openDraft();

        call("thamquyen", get("/api/v1/catalogs/" + draft.id())).andExpect(status().isOk());
        call("thamquyen", json(post("/api/v1/catalogs/" + draft.id() + "/items"),
                ITEM.formatted(draft.version(), 100))).andExpect(status().isForbidden());
        call("thamquyen", json(post("/api/v1/catalogs/" + draft.id() + "/submit"), version(draft)))
                .andExpect(status().isForbidden());
        assertUnchanged(draft);

        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(draft.id(), draft.version()));
        call("thamquyen", json(post("/api/v1/catalogs/" + draft.id() + "/approve"), version(submitted)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("thamquyen"));
        assertThat(as("thamquyen", () -> catalogs.version(firstVersion().id())).status())
                .isEqualTo(CatalogStatus.SUPERSEDED);
    }

    @Test
    void changeMadeOnAStaleCopyIsRefusedWith409() throws Exception {
        CatalogVersionView draft = openDraft();
        CatalogItemView item = draft.items().get(0);

        call("tochuc", json(put("/api/v1/catalogs/" + draft.id() + "/items/" + item.id()),
                ITEM.formatted(draft.version() - 1, 200)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("người khác")));
        call("tochuc", delete("/api/v1/catalogs/" + draft.id() + "/items/" + item.id())
                .param("version", String.valueOf(draft.version() + 1))).andExpect(status().isConflict());
        assertUnchanged(draft);

        call("tochuc", json(put("/api/v1/catalogs/" + draft.id() + "/items/" + item.id()),
                ITEM.formatted(draft.version(), 200))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].points").value(200));
        call("tochuc", json(put("/api/v1/catalogs/" + draft.id() + "/items/" + item.id()),
                ITEM.formatted(draft.version(), 120))).andExpect(status().isConflict());
    }

    @Test
    void approvedCatalogueIsNeverEdited() throws Exception {
        CatalogVersionView approved = firstVersion();
        CatalogItemView row8 = approved.items().get(7);

        call("tochuc", json(put("/api/v1/catalogs/" + approved.id() + "/items/" + row8.id()),
                ITEM.formatted(approved.version(), 100)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("chỉ sửa được danh mục dự thảo hoặc bị trả lại")));
        call("tochuc", delete("/api/v1/catalogs/" + approved.id() + "/items/" + row8.id())
                .param("version", String.valueOf(approved.version()))).andExpect(status().isConflict());

        assertUnchanged(approved);
    }

    @Test
    void invalidItemIsRefusedWithAVietnameseMessagePerField() throws Exception {
        CatalogVersionView draft = openDraft();

        call("tochuc", json(post("/api/v1/catalogs/" + draft.id() + "/items"),
                "{\"version\":" + draft.version() + ",\"task\":\"\",\"productType\":null,\"points\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'task')].message").value("Không được để trống."))
                .andExpect(jsonPath("$.errors[?(@.field == 'productType')].message").value("Không được để trống."))
                .andExpect(jsonPath("$.errors[?(@.field == 'points')].message")
                        .value("Điểm phải lớn hơn 0 (đang là 0)."));
        call("tochuc", json(post("/api/v1/catalogs/" + draft.id() + "/items"), "{\"task\":\"Báo cáo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertUnchanged(draft);
    }

    /** The office's open version as a draft with at least one item, made by the personnel office when there is none. */
    private CatalogVersionView openDraft() {
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        Optional<CatalogVersionSummary> open = as("tochuc", () -> catalogs.catalogues(Optional.of(office))).stream()
                .filter(summary -> summary.status() != CatalogStatus.APPROVED
                        && summary.status() != CatalogStatus.SUPERSEDED)
                .findFirst();
        CatalogVersionView draft = open.map(summary -> as("tochuc", () -> catalogs.version(summary.id())))
                .orElseGet(() -> as("tochuc", () -> catalogs.draftNewVersion(office,
                        "Danh mục sản phẩm/công việc chuẩn Văn phòng UBND tỉnh, điều chỉnh", new BigDecimal("100"))));
        if (draft.status() == CatalogStatus.SUBMITTED) {
            CatalogVersionView submitted = draft;
            draft = as("thamquyen", () -> catalogs.returnForRevision(submitted.id(), submitted.version(),
                    "Trả lại để kiểm thử tiếp"));
        }
        if (draft.items().isEmpty()) {
            CatalogVersionView empty = draft;
            draft = as("tochuc", () -> catalogs.addItem(empty.id(), empty.version(), new CatalogItemInput(
                    "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "Cấp có thẩm quyền phê duyệt", null, "Báo cáo",
                    "01", "Theo quy định ngày hằng tháng", "Công việc chuẩn", new BigDecimal("100"))));
        }
        return draft;
    }

    /** Version 1 of the office's catalogue: the demo one, approved or superseded by a test here. */
    private CatalogVersionView firstVersion() {
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        return as("tochuc", () -> {
            long id = catalogs.catalogues(Optional.of(office)).stream()
                    .filter(summary -> summary.versionNumber() == 1).findFirst().orElseThrow().id();
            return catalogs.version(id);
        });
    }

    private void assertUnchanged(CatalogVersionView before) {
        CatalogVersionView stored = as("tochuc", () -> catalogs.version(before.id()));
        assertThat(stored.version()).isEqualTo(before.version());
        assertThat(stored.status()).isEqualTo(before.status());
        assertThat(stored.decidedBy()).isEqualTo(before.decidedBy());
        assertThat(stored.items()).hasSameSizeAs(before.items());
        for (int i = 0; i < before.items().size(); i++) {
            CatalogItemView was = before.items().get(i);
            CatalogItemView is = stored.items().get(i);
            assertThat(is).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(was);
        }
    }

    private ResultActions call(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestActors.as(testActors.account(username))));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String version(CatalogVersionView view) {
        return "{\"version\":" + view.version() + "}";
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestActors.runAs(testActors.account(username), work);
    }
}
