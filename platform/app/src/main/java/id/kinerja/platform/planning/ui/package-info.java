/** The SKP views: the employee's plan and the supervisor's review list. */
package id.kinerja.platform.planning.ui;
