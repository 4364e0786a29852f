/** The public survey page's form and submission, the units' SKM index and their posters. */
package id.kinerja.platform.survey.service;
