/** Views of the organisation: the employee's home, the admin's employee list and org tree. */
package id.kinerja.platform.organization.ui;
