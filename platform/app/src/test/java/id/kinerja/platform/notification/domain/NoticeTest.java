package id.kinerja.platform.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kinerja.platform.organization.domain.Employee;
import id.kinerja.platform.organization.domain.EmploymentType;
import id.kinerja.platform.organization.domain.Nip;
import id.kinerja.platform.organization.domain.OrgUnit;
import id.kinerja.platform.organization.domain.PositionKind;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTest {

  private static final String RECIPIENT = "199308312022062032";
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2030, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  private final Notice notice =
      new Notice(
          new Employee(
              new Nip(RECIPIENT),
              "Lusi Permatasari",
              "Analis",
              PositionKind.PELAKSANA,
              EmploymentType.PNS,
              null,
              new OrgUnit("setda", "Sekretariat Daerah", null)),
          NoticeKind.PLAN_APPROVED,
          Map.of("year", "2030", "appraiser", "S"),
          "https://lampung.localhost/skp",
          AT);

  @Test
  void onlyTheRecipientMayReadANotice() {
    assertTrue(notice.isAddressedTo(RECIPIENT));
    assertFalse(notice.isAddressedTo("196810051991032005"));
    assertFalse(notice.isAddressedTo(null));
  }

  @Test
  void aNoticeReadTwiceKeepsItsFirstReadingTime() {
    notice.markRead(AT.plusHours(1));
    notice.markRead(AT.plusHours(2));
    assertEquals(AT.plusHours(1), notice.getReadAt());
  }
}
