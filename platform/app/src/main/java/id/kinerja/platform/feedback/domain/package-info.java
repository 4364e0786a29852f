/** The 360 feedback records (anonymous answers, the fact of having answered) and its rules. */
package id.kinerja.platform.feedback.domain;
