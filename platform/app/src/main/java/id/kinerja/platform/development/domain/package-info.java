/** The region's catalog of development activities that training rules recommend from. */
package id.kinerja.platform.development.domain;
