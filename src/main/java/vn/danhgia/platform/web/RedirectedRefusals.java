package vn.danhgia.platform.web;

import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Runs a change sent from a page's form and turns its refusal into the page's message after the redirect
 * (post-redirect-get): the flash attributes {@code refusalKey} and {@code refusalArguments}, and {@code refusalAbout}
 * naming what it is about, so the page shows it beside the form that was sent; a change that went through leaves
 * {@code flashSuccess}. Invalid input shows its first violation; a version changed meanwhile reads {@code staleKey}.
 * Whether an access refusal is a message on the page or the refusal page (403) is the caller's choice of method.
 */
@NamedInterface("web")
public final class RedirectedRefusals {

    private RedirectedRefusals() {
    }

    /**
     * Shows invalid input, a rule's refusal and a stale version on the page; an access refusal is not caught, so the
     * request ends on the refusal page.
     */
    public static void attempt(RedirectAttributes redirect, String about, Runnable change, String success,
                               String staleKey) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (InvalidInputException invalid) {
            FieldViolation first = invalid.violations().get(0);
            refuse(redirect, about, first.messageKey(), first.arguments().toArray());
        } catch (RuleRefusedException refused) {
            refuse(redirect, about, refused.messageKey(), refused.arguments().toArray());
        } catch (ObjectOptimisticLockingFailureException stale) {
            refuse(redirect, about, staleKey, new Object[0]);
        }
    }

    /** As {@link #attempt}, and an access refusal too is shown on the page. */
    public static void attemptShowingAccessRefusal(RedirectAttributes redirect, String about, Runnable change,
                                                   String success, String staleKey) {
        try {
            attempt(redirect, about, change, success, staleKey);
        } catch (AccessRefusedException refused) {
            refuse(redirect, about, refused.messageKey(), refused.arguments().toArray());
        }
    }

    private static void refuse(RedirectAttributes redirect, String about, String key, Object[] arguments) {
        redirect.addFlashAttribute("refusalAbout", about);
        redirect.addFlashAttribute("refusalKey", key);
        redirect.addFlashAttribute("refusalArguments", arguments);
    }
}
