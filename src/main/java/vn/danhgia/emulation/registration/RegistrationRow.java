package vn.danhgia.emulation.registration;

import java.util.Arrays;
import java.util.List;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;

/**
 * One holder on a unit's registration list: the status the rules read ({@code EmulationRecords}), the registration
 * when there is one, and the consequence in words (a message key with its arguments, already written out).
 *
 * @param registration the recorded registration, {@code null} when {@link Registration#MISSING}
 */
public record RegistrationRow(Nominee nominee, String code, String name, Registration status,
                              StoredRegistration registration, String consequenceKey,
                              List<String> consequenceArguments) {

    public RegistrationRow {
        consequenceArguments = List.copyOf(consequenceArguments);
    }

    /** How addresses write the holder: {@code cadre-12} or {@code unit-5}. */
    public String key() {
        return nominee.key();
    }

    public boolean collective() {
        return nominee.holder() == EmulationHolder.COLLECTIVE;
    }

    /** The titles and rewards the holder may aim at: a person's or a collective's (EmulationTitle.nominee()). */
    public List<EmulationTitle> targets() {
        return targetsFor(nominee.holder());
    }

    static List<EmulationTitle> targetsFor(EmulationHolder holder) {
        EmulationTitle.Nominee wanted = holder == EmulationHolder.COLLECTIVE ? EmulationTitle.Nominee.COLLECTIVE
                : EmulationTitle.Nominee.PERSON;
        return Arrays.stream(EmulationTitle.values()).filter(title -> title.nominee() == wanted).toList();
    }
}
