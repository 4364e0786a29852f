package id.kinerja.platform.organization.domain;

/** Whether an ASN is a civil servant (PNS) or a government employee on contract (PPPK). */
public enum EmploymentType {
  PNS,
  PPPK
}
