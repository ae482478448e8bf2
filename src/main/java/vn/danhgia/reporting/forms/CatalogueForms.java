package vn.danhgia.reporting.forms;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionView;

/**
 * Mẫu 02, a unit's standard product catalogue (seed 002 §4 Bước 1: "Danh mục sản phẩm/công việc chuẩn … theo Mẫu số
 * 02"). Read through {@link CatalogService#version}, so whoever may open the catalogue page may print it and anyone
 * else is answered as if it did not exist. Dated on the day of approval, or today for a version not approved yet.
 */
@Service
public class CatalogueForms {

    private final CatalogService catalogues;
    private final FormHeaders headers;
    private final FormTexts texts;

    CatalogueForms(CatalogService catalogues, FormHeaders headers, FormTexts texts) {
        this.catalogues = catalogues;
        this.headers = headers;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public FormDocument mau02(long versionId) {
        CatalogVersionView catalogue = catalogues.version(versionId);
        boolean approved = catalogue.status() == CatalogStatus.APPROVED
                || catalogue.status() == CatalogStatus.SUPERSEDED;
        var dated = texts.day(catalogue.decidedAt());
        CatalogueForm form = new CatalogueForm(headers.of(catalogue.unit(), dated),
                catalogue.unitName(), catalogue.title(),
                texts.text("forms.mau-02.version", catalogue.versionNumber(),
                        FormFigures.number(catalogue.standardPoints())),
                catalogue.items().stream().map(item -> new CatalogueForm.ItemRow(String.valueOf(item.itemNumber()),
                        item.task(), blank(item.approvalLevel()), blank(item.difficulty()),
                        blank(item.productType()), blank(item.quantity()), blank(item.deadlinePattern()),
                        blank(item.note()), FormFigures.number(item.points()),
                        FormFigures.number(item.coefficient()))).toList(),
                texts.approval(approved, catalogue.decidedAt(), catalogue.status().messageKey()),
                headers.signer(catalogue.unit(), dated));
        return new FormDocument("mau-02", "mau-02-" + catalogue.unitCode() + "-v" + catalogue.versionNumber(), form);
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
