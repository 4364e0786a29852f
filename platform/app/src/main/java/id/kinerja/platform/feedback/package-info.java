/**
 * 360 feedback: who is asked about whom, the anonymous answers, and results above the threshold.
 */
package id.kinerja.platform.feedback;
