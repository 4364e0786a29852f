/** The portal view of the caller's performance dialogues, as employee and as pejabat penilai. */
package id.kinerja.platform.dialogue.ui;
