/** Organisation data of a region: units (unit kerja), employees (pegawai) and reporting lines. */
package id.kinerja.platform.organization;
