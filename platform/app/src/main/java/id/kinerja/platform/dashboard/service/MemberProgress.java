package id.kinerja.platform.dashboard.service;

import id.kinerja.platform.planning.domain.PlanStatus;

/**
 * Where a direct report of the pejabat penilai stands in the year.
 *
 * @param nip the employee's NIP
 * @param name the employee's name
 * @param planStatus the status of their most advanced SKP version, {@code null} if none
 */
public record MemberProgress(String nip, String name, PlanStatus planStatus) {}
