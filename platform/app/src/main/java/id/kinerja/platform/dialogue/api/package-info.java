/** {@code /api/v1/dialogues}: performance dialogues over REST. */
package id.kinerja.platform.dialogue.api;
