/**
 * Performance dialogue (dialog kinerja): the meeting of an employee with their pejabat penilai in
 * an evaluation period, recording achievements, obstacles and a development plan, confirmed by
 * both.
 */
package id.kinerja.platform.dialogue;
