package vn.danhgia.catalog.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.catalog.CatalogAction;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;

/**
 * The catalogue pages (seed 002 Mẫu 02): the list with the form that starts a new version, one version as the Mẫu 02
 * table with its buttons, and the item form. Changes post, then redirect with a flash message; invalid input comes
 * back on its form with the messages beside the fields; a stale form goes back to the version with the reason.
 * The service checks who may do what; the pages only hide what it would refuse.
 */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    private static final String LIST = "catalog/list";
    private static final String VERSION = "catalog/version";
    private static final String ITEM_FORM = "catalog/item-form";

    private final CatalogService catalogs;
    private final Clock clock;

    CatalogController(CatalogService catalogs, Clock clock) {
        this.catalogs = catalogs;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new NewCatalogForm());
    }

    @PostMapping
    String draft(@ModelAttribute("newCatalogForm") NewCatalogForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        BigDecimal standardPoints = PointsInput.read(form.getStandardPoints(), "standardPoints", errors);
        if (form.getUnitId() == null) {
            errors.rejectValue("unitId", "catalog.invalid.required");
            return listPage(model, form);
        }
        try {
            CatalogVersionView draft = catalogs.draftNewVersion(new UnitId(form.getUnitId()), form.getTitle(),
                    standardPoints);
            redirect.addFlashAttribute("flashSuccess", "catalog.flash.drafted");
            return "redirect:/catalog/" + draft.id();
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return listPage(model, form);
        }
    }

    @GetMapping("/{versionId}")
    String version(@PathVariable long versionId, Model model) {
        CatalogVersionView catalog = catalogs.version(versionId);
        ReturnForm returnForm = new ReturnForm();
        returnForm.setVersion(catalog.version());
        return versionPage(model, catalog, returnForm);
    }

    /** htmx: the coefficient the typed points give, shown beside the points field as the person types. */
    @GetMapping("/{versionId}/coefficient")
    String coefficient(@PathVariable long versionId, @RequestParam(required = false) String points, Model model) {
        CatalogVersionView catalog = catalogs.version(versionId);
        model.addAttribute("catalog", catalog);
        try {
            BigDecimal typed = new BigDecimal(points.strip().replace(',', '.'));
            if (typed.signum() > 0) {
                model.addAttribute("coefficient", typed.divide(catalog.standardPoints(), 4,
                        java.math.RoundingMode.HALF_UP));
            }
        } catch (NumberFormatException | NullPointerException notANumber) {
            // Nothing to preview until a number is typed.
        }
        return ITEM_FORM + " :: coefficient";
    }

    @GetMapping("/{versionId}/items/new")
    String newItem(@PathVariable long versionId, Model model) {
        CatalogVersionView catalog = catalogs.version(versionId);
        requireAllowed(catalog, CatalogAction.EDIT);
        return itemPage(model, catalog, null, CatalogItemForm.blank(catalog.version()));
    }

    @PostMapping("/{versionId}/items")
    String addItem(@PathVariable long versionId, @ModelAttribute("itemForm") CatalogItemForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        return saveItem(versionId, null, form, errors, model, redirect, "catalog.flash.itemAdded",
                input -> catalogs.addItem(versionId, form.getVersion(), input));
    }

    @GetMapping("/{versionId}/items/{itemId}/edit")
    String editItem(@PathVariable long versionId, @PathVariable long itemId, Model model) {
        CatalogVersionView catalog = catalogs.version(versionId);
        requireAllowed(catalog, CatalogAction.EDIT);
        CatalogItemView item = itemOf(catalog, itemId);
        return itemPage(model, catalog, item, CatalogItemForm.of(item, catalog.version()));
    }

    @PostMapping("/{versionId}/items/{itemId}")
    String updateItem(@PathVariable long versionId, @PathVariable long itemId,
                      @ModelAttribute("itemForm") CatalogItemForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        return saveItem(versionId, itemId, form, errors, model, redirect, "catalog.flash.itemUpdated",
                input -> catalogs.updateItem(versionId, itemId, form.getVersion(), input));
    }

    @PostMapping("/{versionId}/items/{itemId}/remove")
    String removeItem(@PathVariable long versionId, @PathVariable long itemId, @RequestParam long version,
                      RedirectAttributes redirect) {
        return change(versionId, redirect, "catalog.flash.itemRemoved",
                () -> catalogs.removeItem(versionId, itemId, version));
    }

    @PostMapping("/{versionId}/submit")
    String submit(@PathVariable long versionId, @RequestParam long version, RedirectAttributes redirect) {
        return change(versionId, redirect, "catalog.flash.submitted", () -> catalogs.submit(versionId, version));
    }

    @PostMapping("/{versionId}/approve")
    String approve(@PathVariable long versionId, @RequestParam long version, RedirectAttributes redirect) {
        return change(versionId, redirect, "catalog.flash.approved", () -> catalogs.approve(versionId, version));
    }

    @PostMapping("/{versionId}/return")
    String returnForRevision(@PathVariable long versionId, @ModelAttribute("returnForm") ReturnForm form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            catalogs.returnForRevision(versionId, form.getVersion(), form.getNote());
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return versionPage(model, catalogs.version(versionId), form);
        } catch (OptimisticLockingFailureException stale) {
            return staleForm(versionId, redirect);
        }
        redirect.addFlashAttribute("flashSuccess", "catalog.flash.returned");
        return "redirect:/catalog/" + versionId;
    }

    private String saveItem(long versionId, Long itemId, CatalogItemForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect, String flash,
                            java.util.function.Function<CatalogItemInput, CatalogVersionView> save) {
        BigDecimal points = PointsInput.read(form.getPoints(), "points", errors);
        CatalogItemInput input = new CatalogItemInput(form.getTask(), form.getApprovalLevel(), form.getDifficulty(),
                form.getProductType(), form.getQuantity(), form.getDeadlinePattern(), form.getNote(), points);
        // Points that are not a number go to the service as null: it still checks the other fields, and its
        // "required" for the points is not shown over the page's "not a number".
        try {
            save.apply(input);
        } catch (InvalidInputException invalid) {
            reject(errors, invalid);
            return itemPageAfterError(versionId, itemId, form, model);
        } catch (OptimisticLockingFailureException stale) {
            return staleForm(versionId, redirect);
        }
        redirect.addFlashAttribute("flashSuccess", flash);
        return "redirect:/catalog/" + versionId;
    }

    private String itemPageAfterError(long versionId, Long itemId, CatalogItemForm form, Model model) {
        CatalogVersionView catalog = catalogs.version(versionId);
        CatalogItemView item = itemId == null ? null : itemOf(catalog, itemId);
        return itemPage(model, catalog, item, form);
    }

    private String change(long versionId, RedirectAttributes redirect, String flash,
                          Supplier<CatalogVersionView> change) {
        try {
            change.get();
        } catch (OptimisticLockingFailureException stale) {
            return staleForm(versionId, redirect);
        }
        redirect.addFlashAttribute("flashSuccess", flash);
        return "redirect:/catalog/" + versionId;
    }

    private static String staleForm(long versionId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "platform.concurrent-edit");
        return "redirect:/catalog/" + versionId;
    }

    private String listPage(Model model, NewCatalogForm form) {
        model.addAttribute("catalogs", catalogs.catalogues(Optional.empty()));
        model.addAttribute("draftableUnits", catalogs.unitsForDrafting());
        model.addAttribute("newCatalogForm", form);
        model.addAttribute("zone", clock.getZone());
        return LIST;
    }

    private String versionPage(Model model, CatalogVersionView catalog, ReturnForm returnForm) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("returnForm", returnForm);
        model.addAttribute("zone", clock.getZone());
        return VERSION;
    }

    private static String itemPage(Model model, CatalogVersionView catalog, CatalogItemView item,
                                   CatalogItemForm form) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("item", item);
        model.addAttribute("itemForm", form);
        return ITEM_FORM;
    }

    /** The form pages are for what the person may do; the service refuses the change itself in any case. */
    private static void requireAllowed(CatalogVersionView catalog, CatalogAction action) {
        if (!catalog.allows(action)) {
            throw new RecordNotFoundException("CATALOG_VERSION_FORM", catalog.id());
        }
    }

    private static CatalogItemView itemOf(CatalogVersionView catalog, long itemId) {
        return catalog.items().stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("CATALOG_ITEM", itemId));
    }

    /** Puts the service's messages beside their fields, leaving a field alone that the page already rejected. */
    private static void reject(Errors errors, InvalidInputException invalid) {
        for (FieldViolation violation : invalid.violations()) {
            if (!errors.hasFieldErrors(violation.field())) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments().toArray(), null);
            }
        }
    }
}
