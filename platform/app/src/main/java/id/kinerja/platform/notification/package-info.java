/**
 * Notifications: in-app notices and emails to an employee when a plan is submitted, returned or
 * approved, a rating is published, an objection is filed or decided, or a period's deadline
 * approaches.
 */
package id.kinerja.platform.notification;
