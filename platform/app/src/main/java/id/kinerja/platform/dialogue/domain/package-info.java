/** The performance dialogue as stored, its development plan items and its confirmation rules. */
package id.kinerja.platform.dialogue.domain;
