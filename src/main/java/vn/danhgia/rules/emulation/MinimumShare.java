package vn.danhgia.rules.emulation;

/**
 * A share that must be reached: "at least 70 %" ({@code moreThan} false) or "more than 50 %" ({@code moreThan} true),
 * compared in whole numbers so 7 of 10 is exactly 70 %.
 */
public record MinimumShare(int percent, boolean moreThan) {

    public MinimumShare {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A share is a percentage from 0 to 100: " + percent);
        }
    }

    public static MinimumShare atLeast(int percent) {
        return new MinimumShare(percent, false);
    }

    public static MinimumShare moreThan(int percent) {
        return new MinimumShare(percent, true);
    }

    /** Whether {@code count} of {@code total} reaches the share; nothing of nothing reaches no share. */
    public boolean isReachedBy(int count, int total) {
        if (total <= 0) {
            return false;
        }
        long scaledCount = 100L * count;
        long scaledNeed = (long) percent * total;
        return moreThan ? scaledCount > scaledNeed : scaledCount >= scaledNeed;
    }
}
