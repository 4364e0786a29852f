/** Collecting 360 feedback and aggregating it through the region's feedback-source plugins. */
package id.kinerja.platform.feedback.service;
