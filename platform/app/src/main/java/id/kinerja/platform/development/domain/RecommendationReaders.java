package id.kinerja.platform.development.domain;

import id.kinerja.platform.organization.domain.Employee;

/**
 * Who may read an employee's training recommendations of a period: whoever may read the employee's
 * records ({@link Employee#isReadableBy}), and the appraiser of the period's published rating with
 * the appraiser's supervisor, who may differ from today's reporting lines. The region's admin reads
 * them too; the service knows who acts as admin.
 */
public final class RecommendationReaders {

  private RecommendationReaders() {}

  /**
   * Whether the viewer may read the recommendations.
   *
   * @param viewer who asks, or {@code null} if they are no employee of the region
   * @param employee whose recommendations they are
   * @param ratingAppraiser the appraiser of the period's published rating, or {@code null}
   */
  public static boolean mayRead(Employee viewer, Employee employee, Employee ratingAppraiser) {
    if (viewer == null) {
      return false;
    }
    return employee.isReadableBy(viewer)
        || (ratingAppraiser != null
            && (Employee.same(viewer, ratingAppraiser)
                || Employee.same(viewer, ratingAppraiser.getSupervisor())));
  }
}
