/** {@code /api/v1/feedback}: the 360 feedback of the caller's region over REST. */
package id.kinerja.platform.feedback.api;
