package vn.danhgia.rules;

import static org.instancio.Select.root;

import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.generator.AfterGenerate;
import org.instancio.generator.Generator;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The cases of the rules' property tests: Instancio draws them from a generator that states the domain of each
 * argument, and a {@code @ParameterizedTest} with a {@code @MethodSource} checks the property on each.
 *
 * <p>The seed is fixed so that every run checks the same cases: a failing case fails again on the next run, and its
 * display name ({@link #NAME}) carries the seed, the case's number and its arguments. A property class extends
 * with {@link NameTheFailingCase} so that this name is in the failure that Maven prints. Public for the property tests
 * of the yearly rules ({@code vn.danhgia.rules.annual}).
 */
public final class PropertyCases {

    /** As many cases per property as the properties were checked on before they moved to Instancio. */
    public static final int COUNT = 1000;

    public static final long SEED = 2026L;

    /** For {@code @ParameterizedTest(name = PropertyCases.NAME)}. */
    public static final String NAME = "seed " + SEED + ", case {index}: {arguments}";

    private static final Settings SETTINGS = Settings.create()
            .set(Keys.SEED, SEED)
            // The generators build whole cases, nulls included on purpose: Instancio must not fill anything in.
            .set(Keys.AFTER_GENERATE_HINT, AfterGenerate.DO_NOT_MODIFY)
            .lock();

    private PropertyCases() {
    }

    /** {@link #COUNT} cases, each the arguments of one run of a property. */
    public static Stream<Arguments> draw(Generator<Arguments> arguments) {
        return Instancio.of(Arguments.class).supply(root(), arguments).withSettings(SETTINGS).stream().limit(COUNT);
    }

    /**
     * Puts the failing case's display name (seed, number, arguments) into its failure: Surefire reports a
     * parameterized test by its index alone. Any exception on a case fails the property, not only a broken assertion.
     */
    public static final class NameTheFailingCase implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
            throw new AssertionError("Property failed on " + context.getDisplayName(), failure);
        }
    }
}
