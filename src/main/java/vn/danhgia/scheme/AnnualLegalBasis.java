package vn.danhgia.scheme;

/**
 * The texts a year is rated under, from {@code fromYear} until the next basis of the calendar: the party side (Quy
 * định 124-QĐ/TW in 2023, 366-QĐ/TW from 2026), công chức (Nghị định 90/2020 + 48/2023, then 335/2025) and viên chức
 * (still Nghị định 90/2020 + 48/2023).
 */
public record AnnualLegalBasis(int fromYear, String party, String civilServants, String publicEmployees) {
}
