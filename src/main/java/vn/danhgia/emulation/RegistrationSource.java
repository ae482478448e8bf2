package vn.danhgia.emulation;

/** How a registration was recorded: on the page or over the API, or from an Excel file. */
public enum RegistrationSource {
    FORM,
    IMPORT
}
