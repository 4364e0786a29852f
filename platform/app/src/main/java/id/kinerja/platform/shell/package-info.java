/** What every portal page and API call shares: the layout, language, access control, errors. */
package id.kinerja.platform.shell;
