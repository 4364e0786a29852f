/**
 * What every feature's services share: finding and flushing records, refused in the user's terms.
 */
package id.kinerja.platform.shell.service;
