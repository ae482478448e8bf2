package vn.danhgia.reporting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the yearly tables' load harness ({@link QuarterlyXlsxBenchmark} in its annual mode) through surefire, for
 * machines where the dependency plugin of bench/annual-xlsx/run.sh cannot resolve the class path offline. Not a test:
 * its name matches no surefire include, and it runs only when asked by name with {@code -Dbench.report=annual}:
 * {@code ./mvnw -o -q test -Djacoco.skip=true -Dtest=AnnualXlsxBenchmarkRun -DargLine="-Xmx128m -Dbench.report=annual
 * -Dbench.runs=1"}.
 */
class AnnualXlsxBenchmarkRun {

    @Test
    @EnabledIfSystemProperty(named = "bench.report", matches = "annual")
    void writeTheYearlyTablesOf50000People() throws Exception {
        QuarterlyXlsxBenchmark.main(new String[0]);
    }
}
