/** The public survey page (plain server-side HTML) and the admin's survey overview. */
package id.kinerja.platform.survey.ui;
