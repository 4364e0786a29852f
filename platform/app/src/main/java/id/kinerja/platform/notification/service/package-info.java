/**
 * Notifying an employee of the current region (in-app, and by email after the transaction commits)
 * and the daily deadline reminders.
 */
package id.kinerja.platform.notification.service;
