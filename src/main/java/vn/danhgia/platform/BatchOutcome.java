package vn.danhgia.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * What became of one item of an action taken on several at once (issue 12: a head approves several plans, an
 * authority decides several cadres): done, or refused with the reason the single action would have given. Each item
 * goes through the single-item service method in its own transaction, so a refused item changes nothing and the
 * others still go through (partial success, said item by item).
 *
 * @param label       whom or what the item is about, as the list showed it
 * @param done        the action went through
 * @param messageKey  the refusal's message key; null when done
 * @param arguments   the refusal's message arguments
 */
public record BatchOutcome(String label, boolean done, String messageKey, List<Object> arguments) {

    public BatchOutcome {
        arguments = List.copyOf(arguments);
    }

    /**
     * Runs the action on each item in turn and says what became of it: a refusal by a rule, by access, by wrong input
     * or by someone else's change (a stale version) is the item's outcome; anything else is a fault and propagates.
     */
    public static <T> List<BatchOutcome> each(List<T> items, Function<T, String> label, Consumer<T> action) {
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (T item : items) {
            String name = label.apply(item);
            try {
                action.accept(item);
                outcomes.add(new BatchOutcome(name, true, null, List.of()));
            } catch (RuleRefusedException refused) {
                outcomes.add(refused(name, refused.messageKey(), refused.arguments()));
            } catch (AccessRefusedException refused) {
                outcomes.add(refused(name, refused.messageKey(), refused.arguments()));
            } catch (InvalidInputException invalid) {
                FieldViolation first = invalid.violations().get(0);
                outcomes.add(refused(name, first.messageKey(), first.arguments()));
            } catch (RecordNotFoundException notFound) {
                outcomes.add(refused(name, "platform.error.not-found", List.of()));
            } catch (ConcurrencyFailureException stale) {
                outcomes.add(refused(name, "platform.concurrent-edit", List.of()));
            }
        }
        return outcomes;
    }

    private static BatchOutcome refused(String label, String messageKey, List<Object> arguments) {
        return new BatchOutcome(label, false, messageKey, arguments);
    }
}
