package vn.danhgia.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import vn.danhgia.organization.OrganizationRefusal;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** Puts a refused change on the form: beside the field it is about, or above the form when it is about the whole. */
final class FormRefusals {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormRefusals() {
    }

    /**
     * Runs a change that answers the address to go to; when the change is refused, puts the refusal on the form and
     * answers nothing, so the caller shows the form again.
     */
    static Optional<String> attempt(BindingResult errors, Supplier<String> change) {
        try {
            return Optional.of(change.get());
        } catch (InvalidInputException invalid) {
            reject(invalid, errors);
        } catch (OrganizationRefusal refused) {
            reject(refused, errors);
        } catch (OptimisticLockingFailureException concurrent) {
            errors.reject("organization.admin.changed-meanwhile");
        }
        return Optional.empty();
    }

    static void reject(InvalidInputException invalid, BindingResult errors) {
        for (FieldViolation violation : invalid.violations()) {
            reject(errors, violation.field(), violation.messageKey(), violation.arguments().toArray());
        }
    }

    static void reject(OrganizationRefusal refused, BindingResult errors) {
        reject(errors, refused.field(), refused.messageKey(), refused.arguments());
    }

    private static void reject(BindingResult errors, String field, String messageKey, Object[] values) {
        Object[] arguments = Arrays.stream(values)
                .map(value -> value instanceof LocalDate date ? DAY.format(date) : value).toArray();
        boolean onTheForm = field != null && errors.getTarget() != null
                && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
        if (onTheForm) {
            errors.rejectValue(field, messageKey, arguments, null);
        } else {
            errors.reject(messageKey, arguments, null);
        }
    }
}
