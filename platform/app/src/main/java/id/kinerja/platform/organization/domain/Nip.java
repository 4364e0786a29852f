package id.kinerja.platform.organization.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: 18 digits, the birth date (8), the appointment year and month (6), the
 * gender (1 digit: 1 male, 2 female) and a sequence number (3).
 *
 * @param value the 18 digits
 */
public record Nip(String value) {

  /** Why a text is not a valid NIP. */
  public enum Fault {
    NOT_EIGHTEEN_DIGITS,
    INVALID_BIRTH_DATE,
    INVALID_APPOINTMENT_MONTH,
    APPOINTED_BEFORE_BIRTH,
    INVALID_GENDER_DIGIT
  }

  /** Checks the value. */
  public Nip {
    Optional<Fault> fault = check(value);
    if (fault.isPresent()) {
      throw new IllegalArgumentException("Invalid NIP " + value + ": " + fault.get());
    }
  }

  /** What is wrong with {@code text} as a NIP, if anything. */
  public static Optional<Fault> check(String text) {
    if (text == null || !text.matches("\\d{18}")) {
      return Optional.of(Fault.NOT_EIGHTEEN_DIGITS);
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(text.substring(0, 4)),
              Integer.parseInt(text.substring(4, 6)),
              Integer.parseInt(text.substring(6, 8)));
    } catch (DateTimeException e) {
      return Optional.of(Fault.INVALID_BIRTH_DATE);
    }
    YearMonth appointed;
    try {
      appointed =
          YearMonth.of(
              Integer.parseInt(text.substring(8, 12)), Integer.parseInt(text.substring(12, 14)));
    } catch (DateTimeException e) {
      return Optional.of(Fault.INVALID_APPOINTMENT_MONTH);
    }
    if (!appointed.isAfter(YearMonth.from(birth))) {
      return Optional.of(Fault.APPOINTED_BEFORE_BIRTH);
    }
    char gender = text.charAt(14);
    if (gender != '1' && gender != '2') {
      return Optional.of(Fault.INVALID_GENDER_DIGIT);
    }
    return Optional.empty();
  }

  /** The birth date the NIP encodes. */
  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(0, 4)),
        Integer.parseInt(value.substring(4, 6)),
        Integer.parseInt(value.substring(6, 8)));
  }

  /** Whether the NIP marks a woman. */
  public boolean female() {
    return value.charAt(14) == '2';
  }

  @Override
  public String toString() {
    return value;
  }
}
