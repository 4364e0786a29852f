/** Notices, their kinds and bilingual texts, and the deadline reminders already sent. */
package id.kinerja.platform.notification.domain;
