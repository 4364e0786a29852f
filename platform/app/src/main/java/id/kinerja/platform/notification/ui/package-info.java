/** The header bell with the unread count and the caller's notice list. */
package id.kinerja.platform.notification.ui;
