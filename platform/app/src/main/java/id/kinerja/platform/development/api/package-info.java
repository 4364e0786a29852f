/** {@code /api/v1/development}: training recommendations over REST. */
package id.kinerja.platform.development.api;
