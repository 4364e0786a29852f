/** REST resources for the caller's notices. */
package id.kinerja.platform.notification.api;
