package vn.danhgia.emulation.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Runs a change from an emulation page's form and turns its refusal into the page's message after the redirect
 * (post-redirect-get): the message key and arguments, and what it is about, so the page shows it beside the form that
 * was sent; a stale version reads {@code staleKey}.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    public static void attempt(RedirectAttributes redirect, String about, Runnable change, String success,
                               String staleKey) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (InvalidInputException invalid) {
            FieldViolation first = invalid.violations().get(0);
            refusal(redirect, about, first.messageKey(), first.arguments().toArray());
        } catch (RuleRefusedException refused) {
            refusal(redirect, about, refused.messageKey(), refused.arguments().toArray());
        } catch (AccessRefusedException refused) {
            refusal(redirect, about, refused.messageKey(), refused.arguments().toArray());
        } catch (ObjectOptimisticLockingFailureException stale) {
            refusal(redirect, about, staleKey, new Object[0]);
        }
    }

    private static void refusal(RedirectAttributes redirect, String about, String key, Object[] arguments) {
        redirect.addFlashAttribute("refusalAbout", about);
        redirect.addFlashAttribute("refusalKey", key);
        redirect.addFlashAttribute("refusalArguments", arguments);
    }
}
