/**
 * Education sector indicators: student results against the passing mark, student and parent
 * feedback.
 */
package id.kinerja.plugins.education;
