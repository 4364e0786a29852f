/** What every feature's services share: failures whose messages the user reads. */
package id.kinerja.platform.shell.service;
