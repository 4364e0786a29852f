package id.kinerja.platform.document.service;

import id.kinerja.platform.organization.service.EmployeeDirectory;
import id.kinerja.platform.organization.service.EmployeeSummary;
import id.kinerja.platform.planning.service.Actor;
import id.kinerja.platform.planning.service.PlanService;
import id.kinerja.platform.planning.service.PlanView;
import id.kinerja.platform.tenancy.service.TenantRegistry;
import id.kinerja.tenantconfig.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The current region's official documents as PDF. Who may download a document is who may read what
 * it shows: the SKP goes to its employee, their pejabat penilai, and the admin for the head of the
 * tree (as {@link PlanService#plan} decides).
 */
@ApplicationScoped
@Transactional
public class DocumentService {

  @Inject PlanService plans;
  @Inject EmployeeDirectory directory;
  @Inject TenantRegistry registry;

  /**
   * The SKP of a plan version as PDF, signed today in the region's time zone.
   *
   * @throws id.kinerja.platform.shell.service.UserFacingException NOT_FOUND for a plan not in the
   *     region, FORBIDDEN for anyone else than the people named above
   */
  public byte[] skp(Actor actor, long planId) {
    PlanView plan = plans.plan(actor, planId);
    TenantDefinition region = registry.current();
    SkpDocument.Person employee = person(plan.employeeNip());
    SkpDocument.Person appraiser = plan.appraiserNip() == null ? null : person(plan.appraiserNip());
    String xhtml =
        SkpDocument.xhtml(
            plan,
            region.name(),
            employee,
            appraiser,
            place(region),
            LocalDate.now(region.timeZone()));
    return PdfRenderer.render(xhtml);
  }

  /** The file name of a plan's SKP. */
  public static String skpFileName(long planId) {
    return "skp-" + planId + ".pdf";
  }

  private SkpDocument.Person person(String nip) {
    EmployeeSummary e = directory.byNip(nip).orElseThrow();
    // The organisation data carries no pangkat/golongan yet: the field stays blank.
    return new SkpDocument.Person(e.name(), e.nip(), null, e.position(), e.unitName());
  }

  /** The place of signing: the last part of the region's name, e.g. "Kota Semarang". */
  private static String place(TenantDefinition region) {
    String name = region.name();
    return name.substring(name.lastIndexOf(',') + 1).strip();
  }
}
