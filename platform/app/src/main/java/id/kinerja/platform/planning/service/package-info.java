/** The planning workflow of the current region, with the caller's NIP passed in explicitly. */
package id.kinerja.platform.planning.service;
