/** The employee's development plan and the admin's training catalog. */
package id.kinerja.platform.development.ui;
