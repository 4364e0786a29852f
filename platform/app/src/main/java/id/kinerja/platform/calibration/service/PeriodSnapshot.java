package id.kinerja.platform.calibration.service;

import id.kinerja.platform.calibration.domain.AppraiserOutlier;
import id.kinerja.platform.calibration.domain.RatedEmployee;
import id.kinerja.platform.calibration.domain.UnitCurve;
import id.kinerja.platform.evaluation.domain.Predicate;
import id.kinerja.platform.evaluation.domain.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's employees with one period's ratings, read over JDBC in two queries on a connection
 * whose tenant is set (row-level security keeps other regions out), and what calibration derives
 * from them: each rating's predikat recomputed from its two ratings by the national matrix, every
 * unit's curve, and the outlier appraisers. Linear in the number of employees, so that a region of
 * 100,000 is recomputed in seconds ({@code ./deploy/bench.sh recompute}).
 *
 * @param employees every employee, with the period's rating hasil kerja and recomputed predikat
 * @param unitNames the units' names by id
 * @param names the employees' names by id
 * @param supervisors each employee's pejabat penilai by employee id (absent at the top)
 * @param appraisals each rating's appraiser and recomputed predikat
 * @param stale the ratings whose stored predikat differs from the recomputed one: rating id to the
 *     recomputed predikat
 */
public record PeriodSnapshot(
    List<RatedEmployee> employees,
    Map<Long, String> unitNames,
    Map<Long, String> names,
    Map<Long, Long> supervisors,
    List<Map.Entry<Long, Predicate>> appraisals,
    Map<Long, Predicate> stale) {

  /** Reads the snapshot of {@code periodId} in the connection's region. */
  public static PeriodSnapshot load(Connection connection, long periodId) throws SQLException {
    record Rated(Rating result, Predicate predicate) {}
    Map<Long, Rated> ratings = new HashMap<>();
    List<Map.Entry<Long, Predicate>> appraisals = new ArrayList<>();
    Map<Long, Predicate> stale = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, employee_id, appraiser_id, result_rating, behaviour_rating, predicate"
                + " from period_rating where period_id = ?")) {
      select.setLong(1, periodId);
      select.setFetchSize(10_000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Rating result = Rating.valueOf(rs.getString(4));
          Predicate predicate = Predicate.of(result, Rating.valueOf(rs.getString(5)));
          if (!predicate.name().equals(rs.getString(6))) {
            stale.put(rs.getLong(1), predicate);
          }
          ratings.put(rs.getLong(2), new Rated(result, predicate));
          appraisals.add(Map.entry(rs.getLong(3), predicate));
        }
      }
    }
    List<RatedEmployee> employees = new ArrayList<>();
    Map<Long, String> unitNames = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> supervisors = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select e.id, e.name, u.id, u.name, e.supervisor_id"
                + " from employee e join org_unit u on u.id = e.unit_id")) {
      select.setFetchSize(10_000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          long unit = rs.getLong(3);
          long supervisor = rs.getLong(5);
          Long supervisorId = rs.wasNull() ? null : supervisor;
          names.put(id, rs.getString(2));
          unitNames.putIfAbsent(unit, rs.getString(4));
          if (supervisorId != null) {
            supervisors.put(id, supervisorId);
          }
          Rated rated = ratings.get(id);
          employees.add(
              new RatedEmployee(
                  id,
                  unit,
                  supervisorId,
                  rated == null ? null : rated.result(),
                  rated == null ? null : rated.predicate()));
        }
      }
    }
    return new PeriodSnapshot(employees, unitNames, names, supervisors, appraisals, stale);
  }

  /** Every unit's curve in the period, by unit id. */
  public Map<Long, UnitCurve> curves() {
    return UnitCurve.of(employees);
  }

  /** The appraisers far from the region's norm in the period. */
  public List<AppraiserOutlier> outliers() {
    return AppraiserOutlier.among(appraisals);
  }
}
