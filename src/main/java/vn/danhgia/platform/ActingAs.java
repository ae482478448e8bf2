package vn.danhgia.platform;

import java.util.function.Supplier;

/**
 * Runs work outside a request as a given person, so that the services check their scope and the audit trail names
 * them, exactly as when they click. For start-up loaders such as the demo's, which act as the people who would do each
 * step; never for requests, which are signed in.
 */
public interface ActingAs {

    <T> T run(Actor actor, Supplier<T> work);
}
