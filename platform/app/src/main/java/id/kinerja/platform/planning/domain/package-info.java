/** The performance plan as stored and its rules: editability, submission, approval, revision. */
package id.kinerja.platform.planning.domain;
