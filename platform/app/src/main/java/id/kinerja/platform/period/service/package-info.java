/** Opening a region's year, listing, locking and unlocking its periods. */
package id.kinerja.platform.period.service;
