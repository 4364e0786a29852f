/**
 * The region's catalog of development activities that training rules recommend from, and who may
 * read an employee's recommendations.
 */
package id.kinerja.platform.development.domain;
