/** Queries over a region's organisation data, and the loading of demo data. */
package id.kinerja.platform.organization.service;
