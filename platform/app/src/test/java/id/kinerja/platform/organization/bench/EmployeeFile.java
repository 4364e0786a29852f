package id.kinerja.platform.organization.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A valid organisation import file of any size: distinct valid NIPs, {@value #UNITS} units kerja
 * and reporting lines forming a tree (employee {@code i} reports to employee {@code (i - 1) / 10},
 * so chains are short and there is no cycle).
 */
public final class EmployeeFile {

  /** The units named in a file. */
  public static final int UNITS = 200;

  private static final String[] KINDS = {"PELAKSANA", "FUNGSIONAL", "PENGAWAS", "ADMINISTRATOR"};

  private EmployeeFile() {}

  /** The NIP of employee {@code i} (i below 4,000,000): birth date, 2005-01, gender, sequence. */
  public static String nip(int i) {
    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i / 2000);
    return birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + "200501"
        + (1 + (i / 1000) % 2)
        + String.format("%03d", i % 1000);
  }

  /**
   * The file of {@code employees} employees, semicolon separated.
   *
   * @param variant changes the position of every tenth employee when odd (a re-import then updates
   *     a tenth of the rows)
   */
  public static byte[] csv(int employees, int variant) {
    StringBuilder text =
        new StringBuilder("nip;nama;jabatan;jenis_jabatan;unit_kerja;nip_atasan;status;email\n");
    for (int i = 0; i < employees; i++) {
      text.append(nip(i))
          .append(";Pegawai Nomor ")
          .append(i)
          .append(", S.E.;")
          .append(i == 0 ? "Sekretaris Daerah" : "Analis Kebijakan")
          .append(variant % 2 == 1 && i % 10 == 0 ? " Madya" : "")
          .append(';')
          .append(i == 0 ? "JPT" : KINDS[i % KINDS.length])
          .append(";Dinas Nomor ")
          .append(i % UNITS)
          .append(';')
          .append(i == 0 ? "" : nip((i - 1) / 10))
          .append(';')
          .append(i % 3 == 0 ? "PPPK" : "PNS")
          .append(";pegawai")
          .append(i)
          .append("@bench.go.id\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
