/** Who may create, edit, confirm and read performance dialogues, with the audit trail. */
package id.kinerja.platform.dialogue.service;
