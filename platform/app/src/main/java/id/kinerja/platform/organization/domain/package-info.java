/** Units, employees, NIPs and the reporting lines between employees. */
package id.kinerja.platform.organization.domain;
