package id.kinerja.platform.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Nip.Fault;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NipTest {

  @Test
  void nipIsBirthDateAppointmentMonthGenderAndSequence() {
    Nip nip = new Nip("198503122010012003");
    assertEquals(LocalDate.of(1985, 3, 12), nip.birthDate());
    assertTrue(nip.female());
    assertFalse(new Nip("197806152003121004").female());
  }

  @Test
  void nipMustHaveExactlyEighteenDigits() {
    assertEquals(Optional.of(Fault.NOT_EIGHTEEN_DIGITS), Nip.check("19850312201001200"));
    assertEquals(Optional.of(Fault.NOT_EIGHTEEN_DIGITS), Nip.check("1985031220100120031"));
    assertEquals(Optional.of(Fault.NOT_EIGHTEEN_DIGITS), Nip.check("19850312201001200A"));
    assertEquals(Optional.of(Fault.NOT_EIGHTEEN_DIGITS), Nip.check(null));
  }

  @Test
  void birthDateMustBeARealDate() {
    assertEquals(Optional.of(Fault.INVALID_BIRTH_DATE), Nip.check("198502302010012003"));
    assertEquals(Optional.of(Fault.INVALID_BIRTH_DATE), Nip.check("198513012010012003"));
  }

  @Test
  void appointmentMonthMustBeARealMonthAfterBirth() {
    assertEquals(Optional.of(Fault.INVALID_APPOINTMENT_MONTH), Nip.check("198503122010132003"));
    assertEquals(Optional.of(Fault.INVALID_APPOINTMENT_MONTH), Nip.check("198503122010002003"));
    assertEquals(Optional.of(Fault.APPOINTED_BEFORE_BIRTH), Nip.check("198503121980012003"));
  }

  @Test
  void genderDigitIsOneOrTwo() {
    assertEquals(Optional.of(Fault.INVALID_GENDER_DIGIT), Nip.check("198503122010013003"));
    assertEquals(Optional.of(Fault.INVALID_GENDER_DIGIT), Nip.check("198503122010010003"));
  }

  @Test
  void invalidNipCannotBeConstructed() {
    assertThrows(IllegalArgumentException.class, () -> new Nip("123"));
  }
}
