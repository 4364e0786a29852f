/**
 * Realisations, their evidence and feedback as stored, and their rules: whose IKI, which period,
 * which files (checked by content) and links are accepted, who may give feedback.
 */
package id.kinerja.platform.realisation.domain;
