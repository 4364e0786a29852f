package id.kinerja.platform.planning.service;

import id.kinerja.platform.planning.domain.ResultKind;
import java.util.List;

/**
 * An approved RHK in the region's cascade tree, with the approved RHK that support it below.
 *
 * @param resultId the RHK's id
 * @param employeeNip whose RHK
 * @param employeeName whose RHK, by name
 * @param kind UTAMA or TAMBAHAN
 * @param text the RHK
 * @param children the RHK of direct reports supporting it
 */
public record CascadeNode(
    long resultId,
    String employeeNip,
    String employeeName,
    ResultKind kind,
    String text,
    List<CascadeNode> children) {}
