/**
 * Official documents as PDF: the SKP in the layout of PermenPANRB 6/2022, rendered from XHTML
 * templates filled with the plan and the people it names.
 */
package id.kinerja.platform.document;
